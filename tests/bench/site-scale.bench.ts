/**
 * The site at the size of the real corpus (issue 10): the seeded synthetic corpus with its synthetic
 * mark removed (as the issue measured it; the site leaves synthetic directives out otherwise), built
 * with buildSite at 500, 5,000 and 20,000 directives. Prints build time, peak RSS of the build's
 * process tree (polled from /proc), dist size, the largest HTML page, /so-sanh's HTML, and the
 * download sizes. At 5,000 it also times `chithi index` by difference: one directive added, found by
 * search how long after the command started.
 *
 * CHITHI_SITE_SCALE_SIZES=500,5000 picks the sizes (default all three). The machine is shared: wall
 * times depend on what else runs, so the table prints the load average next to them.
 *
 * Two budgets are gates, not figures (issue 18): every HTML file of dist/ within PAGE_BUDGET_BYTES,
 * and the build's peak RSS within rssBudget(size). The bench prints every file over and exits
 * non-zero when either is exceeded (or a build fails).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { once } from 'node:events';
import { DirectiveId, type Directive } from '../../src/lib/directive/schema.ts';
import { ingestDirectory } from '../../src/lib/ingest/ingest.ts';
import { projectRoot } from '../../src/lib/paths.ts';
import { adminClient } from '../../src/runtime/meilisearch/index.ts';
import { clauseIndexUid } from '../../src/lib/search/settings.ts';
import { buildSite } from '../../src/runtime/build/build-site.ts';
import { generateSyntheticCorpus } from '../../src/lib/synthetic/index.ts';
import { CORPUS_FILE, writeCorpusFile } from '../../src/lib/corpus/format.ts';
import { readLines } from '../../src/lib/corpus/lines.ts';
import { parseCorpusLines } from '../../src/lib/corpus/load.ts';
import { startTestMeili } from '../integration/setup/meili.ts';
import { watchPeakRss } from './process-tree.ts';
import { printTable } from './table.ts';

const DEFAULT_SIZES = [500, 5_000, 20_000];
const SEED = 1;
const MB = 1e6;
/** Every HTML page of the site, at any corpus size. */
const PAGE_BUDGET_BYTES = 300 * 1000;
/** The build's peak resident memory (all its processes): 1.5 GB up to 5,000 directives, 2.5 GB above. */
function rssBudget(size: number): number {
  return size <= 5_000 ? 1.5e9 : 2.5e9;
}
/** The word the added directive carries and no other: what search must find. */
const MARKER = 'zyxwvutsrq';

export default async function siteScaleBench(): Promise<void> {
  const sizes = (process.env['CHITHI_SITE_SCALE_SIZES'] ?? DEFAULT_SIZES.join(','))
    .split(',')
    .map((s) => Number.parseInt(s, 10))
    .filter((n) => n > 0);
  const rows: Array<Array<string | number>> = [];
  const indexRows: Array<Array<string | number>> = [];
  const overBudget: string[] = [];
  const { directives: sources } = await ingestDirectory();
  for (const size of sizes) {
    const work = mkdtempSync(join(tmpdir(), `chithi-site-scale-${size}-`));
    try {
      const corpusDir = join(work, 'corpus');
      await writeUnmarkedCorpus(generateSyntheticCorpus({ directives: size, seed: SEED, sources }), corpusDir);
      const load = loadavg()[0]?.toFixed(1) ?? '?';
      const watch = watchPeakRss();
      const started = Date.now();
      let failure = '';
      try {
        await buildSite({
          outDir: join(work, 'dist'),
          corpusDir,
          // Each step and each route family with the seconds since the build started: where the time goes.
          onLine: (line) => {
            if (
              /^site data:|Completed in|generating static routes|[▶λ] src\/pages|data files copied|gzip copies/.test(
                line,
              )
            )
              console.log(`  [${size}] +${((Date.now() - started) / 1000).toFixed(0)} s ${line}`);
          },
        });
      } catch (error) {
        failure =
          error instanceof Error
            ? `${error.message}: ${String((error as { output?: string }).output ?? '')
                .split('\n')
                .slice(-3)
                .join(' | ')}`
            : String(error);
      }
      const seconds = (Date.now() - started) / 1000;
      const peak = watch.stop();
      if (failure) {
        overBudget.push(`${size}: the build failed (${failure.slice(0, 200)})`);
        rows.push([
          size,
          `FAILED after ${seconds.toFixed(0)} s`,
          (peak / 1e9).toFixed(2),
          load,
          '',
          failure.slice(0, 160),
          '',
          '',
          '',
          '',
        ]);
        continue;
      }
      const dist = join(work, 'dist');
      const html = walk(dist).filter((f) => f.endsWith('.html'));
      const pages = html.map((f) => ({ f, bytes: statSync(f).size })).sort((a, b) => b.bytes - a.bytes);
      const largest = pages[0];
      const over = pages.filter((p) => p.bytes > PAGE_BUDGET_BYTES);
      for (const p of over.slice(0, 20)) {
        overBudget.push(`${size}: ${relative(dist, p.f)} is ${(p.bytes / 1e3).toFixed(0)} KB (budget 300 KB)`);
      }
      if (over.length > 20) overBudget.push(`${size}: … and ${over.length - 20} more pages over 300 KB`);
      if (peak > rssBudget(size)) {
        overBudget.push(
          `${size}: peak RSS ${(peak / 1e9).toFixed(2)} GB (budget ${(rssBudget(size) / 1e9).toFixed(1)} GB)`,
        );
      }
      const sizeOf = (path: string) => {
        try {
          return (statSync(join(dist, path)).size / MB).toFixed(1);
        } catch {
          return '—';
        }
      };
      const largestNotCompare = html
        .filter((f) => !relative(dist, f).startsWith('so-sanh'))
        .map((f) => ({ f, bytes: statSync(f).size }))
        .sort((a, b) => b.bytes - a.bytes)[0];
      rows.push([
        size,
        formatDuration(seconds),
        `${(peak / 1e9).toFixed(2)} / ${(rssBudget(size) / 1e9).toFixed(1)}`,
        load,
        `${html.length} / ${over.length}`,
        (walk(dist).reduce((n, f) => n + statSync(f).size, 0) / MB).toFixed(0),
        largest ? `${(largest.bytes / 1e3).toFixed(0)} KB ${relative(dist, largest.f)}` : '—',
        largestNotCompare
          ? `${(largestNotCompare.bytes / 1e3).toFixed(0)} KB ${relative(dist, largestNotCompare.f)}`
          : '—',
        sizeOf('so-sanh/index.html'),
        `${sizeOf('du-lieu/clauses.csv.gz')} / ${sizeOf('du-lieu/directives.jsonl.gz')}`,
      ]);
      if (size === 5_000) indexRows.push(await addedDirectiveFound(corpusDir, sources));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  printTable(
    'Site build at scale (synthetic corpus, mark removed; 2 shared cores)',
    [
      'directives',
      'build',
      'peak RSS GB / budget',
      'load avg',
      'HTML pages / over 300 KB',
      'dist MB',
      'largest HTML',
      'largest HTML but /so-sanh',
      '/so-sanh MB',
      'clauses.csv.gz / directives.jsonl.gz MB',
    ],
    rows,
  );
  if (overBudget.length > 0) {
    console.error(`\nSite build OVER BUDGET:\n  ${overBudget.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery HTML page ≤ 300 KB and the peak RSS within budget at every size.');
  }
  if (indexRows.length > 0) {
    printTable(
      'One directive added to the 5,000 corpus: `chithi index` by difference (bar: found ≤ 10 s after the command starts)',
      ['full index', 'chithi index (diff)', 'found by search after', 'documents sent'],
      indexRows,
    );
  }
}

/** The corpus folder as ingest writes it, with synthetic: false (written as a stream: 20,000 directives is over a gigabyte). */
async function writeUnmarkedCorpus(directives: Directive[], dir: string): Promise<void> {
  await writeCorpusFile(
    directives.map((d) => ({ ...d, synthetic: false })),
    dir,
  );
}

/**
 * Indexes the corpus with `chithi index --full` into a dedicated Meilisearch, adds one directive
 * to the corpus file, runs `chithi index` again and polls search for the added directive's word.
 */
async function addedDirectiveFound(corpusDir: string, sources: Directive[]): Promise<Array<string | number>> {
  const meili = await startTestMeili();
  try {
    const prefix = `${meili.indexPrefix}scale_`;
    const env = { ...process.env, MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey };
    const full = await chithi(['index', '--corpus', corpusDir, '--prefix', prefix, '--full'], env);
    const file = join(corpusDir, CORPUS_FILE);
    const base = sources[0] as Directive;
    const added: Directive = {
      ...structuredClone(base),
      id: DirectiveId.parse('bench-added-directive'),
      synthetic: false,
    };
    const first = added.clauses[0];
    if (first) first.text = `Yêu cầu ${MARKER} tại các chốt kiểm soát.`;
    // Written back through the one corpus writer, as ingest would after finding one more directive.
    await writeCorpusFile([...parseCorpusLines(readLines(file), file), added], corpusDir);

    const client = adminClient(meili);
    const uid = clauseIndexUid(prefix);
    const started = Date.now();
    let foundAfter = Number.NaN;
    const run = chithi(['index', '--corpus', corpusDir, '--prefix', prefix], env);
    let done = false;
    void run.finally(() => {
      done = true;
    });
    while (Number.isNaN(foundAfter) && Date.now() - started < 120_000) {
      const hits = await client.index(uid).search(MARKER, { limit: 1 });
      if (hits.hits.length > 0) foundAfter = (Date.now() - started) / 1000;
      else if (done) break;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const diff = await run;
    const sent = /(\d+) documents sent/.exec(diff.output)?.[1] ?? '?';
    return [
      `${full.seconds.toFixed(1)} s`,
      `${diff.seconds.toFixed(1)} s`,
      Number.isNaN(foundAfter) ? 'NOT FOUND' : `${foundAfter.toFixed(1)} s`,
      sent,
    ];
  } finally {
    await meili.stop();
  }
}

async function chithi(args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; output: string }> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(projectRoot(), 'scripts', 'chithi.mjs'), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`chithi ${args.join(' ')} exited with ${code}: ${output.slice(-500)}`);
  return { seconds: (Date.now() - started) / 1000, output };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function formatDuration(seconds: number): string {
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(0)} s`;
}
