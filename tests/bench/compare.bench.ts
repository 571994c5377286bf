/**
 * Comparison at scale: the time and peak memory to compute every instruction family, and to answer
 * one clause comparison, on seeded synthetic corpora of 500, 2,000 and 5,000 directives (about 20
 * clauses each), so that the growth is visible. Each size runs in its own Node process with its heap
 * capped at 1.5 GB (--max-old-space-size=1536: the target is 2 GB, and a pass under the cap leaves
 * that margin); its peak resident memory (getrusage maxRSS) includes the synthetic corpus itself.
 * Target: 5,000 directives' families in under 60 s and 2 GB.
 * "align ms" answers one clause comparison (the closest clause in every directive); "view ms" builds
 * the side-by-side view as a reader gets it (compareClause with its defaults): the alignment over all
 * N directives, diffs for the closest MAX_SHOWN_COLUMNS comparable ones only; "measure ms" the view
 * of every clause on masks/5K (the central base chosen, the closest columns diffed).
 * Sizes can be chosen: CHITHI_BENCH_SIZES=500,2000 npm run bench compare
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { printTable } from './table.ts';

const SIZES = (process.env.CHITHI_BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
const RUN = fileURLToPath(new URL('./compare-scale-run.ts', import.meta.url));

interface Run {
  directives: number;
  clauses: number;
  passages: number;
  generateSeconds: number;
  familiesSeconds: number;
  families: number;
  largestFamily: number;
  alignMs: number;
  viewMs: number;
  measureMs: number;
  peakMb: number;
}

export default async function compareBench(): Promise<void> {
  const runs: Run[] = [];
  for (const size of SIZES) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=1536', '--import', 'tsx', RUN, String(size)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.error(`compare bench at ${size} directives failed (exit ${child.status}):\n${child.stderr.slice(-2000)}`);
      continue;
    }
    runs.push(JSON.parse(line) as Run);
  }
  printTable(
    'Comparison at scale (synthetic corpus, seed 1; families = index + clustering)',
    [
      'directives',
      'clauses',
      'passages',
      'generate s',
      'families s',
      '× prev',
      'families',
      'largest',
      'align ms',
      'view ms',
      'measure ms',
      'peak MB',
    ],
    runs.map((run, i) => {
      const previous = runs[i - 1];
      const growth = previous
        ? `${(run.familiesSeconds / previous.familiesSeconds).toFixed(1)}× for ${(run.clauses / previous.clauses).toFixed(1)}× clauses`
        : '';
      return [
        run.directives,
        run.clauses,
        run.passages,
        run.generateSeconds,
        run.familiesSeconds,
        growth,
        run.families,
        run.largestFamily,
        run.alignMs,
        run.viewMs,
        run.measureMs,
        Math.round(run.peakMb),
      ];
    }),
  );
  const largest = runs.at(-1);
  if (largest && largest.directives >= 5000) {
    const ok = largest.familiesSeconds < 60 && largest.peakMb < 2048;
    console.log(
      `\n5,000 directives: families in ${largest.familiesSeconds.toFixed(1)} s, peak ${Math.round(largest.peakMb)} MB — ${ok ? 'within' : 'OVER'} the 60 s / 2 GB target`,
    );
  }
}
