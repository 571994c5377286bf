/**
 * `npm run bench in-force-scale`: the in-force layer (src/lib/in-force/layer.ts) on the synthetic
 * corpus at scale, with periods, relations and parameters added the way the periods stage would
 * fill them (the generator writes none yet): stated starts and ends, "until further notice",
 * district-only clauses, replacements, extensions and lifts of an earlier text of the province
 * (half of them with the target's date printed), gathering caps. Prints the time, the peak RSS, the
 * rows, the resolution of relations, the largest province file and the largest day page's data and
 * clause links. Sizes from CHITHI_IN_FORCE_SIZES (default 2000,20000).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocCode } from '../../src/lib/directive/doc-code.ts';
import type { Directive, InForce, Relation } from '../../src/lib/directive/schema.ts';
import { addDays } from '../../src/lib/in-force/days.ts';
import { IN_FORCE_DIR, writeInForce, type ProvinceInForce } from '../../src/lib/in-force/layer.ts';
import { ingestDirectory } from '../../src/lib/ingest/ingest.ts';
import { InForceData, dayView } from '../../src/lib/page-data/in-force-pages.ts';
import { generateSyntheticCorpus } from '../../src/lib/synthetic/index.ts';
import { printTable } from './table.ts';

const SPAN = { start: 0, end: 1, line: 1 };
const stated = <T>(value: T) => ({ provenance: 'extracted' as const, value, span: SPAN });

/** A small deterministic generator (mulberry32), so each run adds the same periods. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withPeriods(corpus: Directive[]): Directive[] {
  const next = random(7);
  const earlier = new Map<string, Directive[]>();
  const sorted = [...corpus].sort((a, b) => (a.date?.value ?? '').localeCompare(b.date?.value ?? ''));
  return sorted.map((d) => {
    const date = d.date?.value;
    const province = d.province?.value.id ?? '';
    const before = earlier.get(province) ?? [];
    earlier.set(province, [...before, d]);
    if (!date) return d;
    const inForce: InForce = {
      from: next() < 0.5 ? stated(`${date}T00:00`) : null,
      to: next() < 0.4 ? stated(addDays(date, 7 + Math.floor(next() * 24))) : null,
      untilFurtherNotice: next() < 0.2 ? stated(true) : null,
      scope: null,
    };
    const relations: Relation[] = [];
    const target = before.length > 0 && next() < 0.3 ? before[Math.floor(next() * before.length)] : undefined;
    if (target?.number) {
      const roll = next();
      const type = roll < 0.5 ? 'replaces' : roll < 0.8 ? 'extends' : 'lifts';
      relations.push({
        type,
        target: target.number.value,
        targetKey: parseDocCode(target.number.value)?.key ?? null,
        targetDocType: target.docType?.value ?? null,
        targetDate: next() < 0.5 ? (target.date?.value ?? null) : null,
        until: type === 'extends' ? addDays(date, 14) : null,
        clauseId: null,
        text: `${type} ${target.number.value}`,
        span: SPAN,
      });
    }
    const clauses = d.clauses.map((c) => ({
      ...c,
      inForce: next() < 0.1 ? { from: null, to: null, untilFurtherNotice: null, scope: stated(['huyện A']) } : null,
      parameters: c.measures.includes('distancing-gatherings')
        ? [
            {
              provenance: 'extracted' as const,
              kind: 'max_gathering' as const,
              value: 10,
              unit: 'people' as const,
              text: '10 người',
              span: SPAN,
            },
          ]
        : [],
    }));
    return { ...d, inForce, relations, clauses };
  });
}

export default async function inForceScaleBench(): Promise<void> {
  const sizes = (process.env['CHITHI_IN_FORCE_SIZES'] ?? '2000,20000')
    .split(',')
    .map((s) => Number.parseInt(s, 10))
    .filter((n) => n > 0);
  const { directives: sources } = await ingestDirectory();
  const rows: Array<Array<string | number>> = [];
  for (const size of sizes) {
    const corpus = withPeriods(generateSyntheticCorpus({ directives: size, seed: 1, sources }));
    const dir = mkdtempSync(join(tmpdir(), `chithi-in-force-${size}-`));
    try {
      let peak = process.memoryUsage().rss;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
      const started = Date.now();
      const manifest = await writeInForce(() => corpus, dir);
      const seconds = (Date.now() - started) / 1000;
      clearInterval(timer);
      const files = readdirSync(join(dir, IN_FORCE_DIR, 'tinh'));
      const largest = Math.max(...files.map((f) => statSync(join(dir, IN_FORCE_DIR, 'tinh', f)).size));
      const data = new InForceData(dir);
      let dayBytes = 0;
      let dayLinks = 0;
      let dayPages = 0;
      for (const p of manifest.provinces) {
        const panel = data.province(p.id) as ProvinceInForce;
        dayPages += p.dayPages.length;
        for (const day of p.dayPages) {
          const view = dayView(panel, day);
          dayBytes = Math.max(dayBytes, JSON.stringify(view).length);
          dayLinks = Math.max(
            dayLinks,
            view.measures.reduce((n, m) => n + m.clauses.length, 0),
          );
        }
      }
      const r = manifest.relations;
      rows.push([
        size,
        seconds,
        Math.round(peak / 1e6),
        manifest.rows,
        `${r.resolved}/${r.ambiguous}/${r.absent}`,
        dayPages,
        Math.round(largest / 1e3),
        Math.round(dayBytes / 1e3),
        dayLinks,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printTable(
    'In-force layer at scale (synthetic corpus with periods, relations and parameters added)',
    [
      'directives',
      'seconds',
      'peak RSS MB',
      'change rows',
      'relations resolved/ambiguous/absent',
      'day pages',
      'largest province KB',
      'largest day page data KB',
      'most clause links on a day page',
    ],
    rows,
  );
}
