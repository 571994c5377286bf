/**
 * Ingest speed (issue 9, item 4), printed as two tables:
 * 1. Files per second for each format present: the seeds (text) and each `directive*` fixture of
 *    tests/fixtures/formats/ (the formats work adds them: PDF, scan, Word, HTML…), each copied
 *    COPIES times into a fresh folder and ingested cold (no cache), worker start included, as a user's
 *    first `chithi ingest` would be. Scans (images; "scan" or "mixed" in the name) are copied a tenth
 *    as often: OCR takes seconds a page.
 * 2. Re-ingesting a large folder when one file changed: SIZE text files (default 5,000) written from
 *    the synthetic generator's variations of the seeds, ingested cold, again unchanged, then again
 *    after one file was edited: the cache must make the last two runs parse 0 and 1 files.
 * Sizes can be chosen: CHITHI_BENCH_INGEST_FILES=500 CHITHI_BENCH_INGEST_COPIES=20 npm run bench ingest
 */
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestDirectory, type IngestOptions, type IngestResult } from '../../src/lib/ingest/ingest.ts';
import { directivesDir } from '../../src/lib/paths.ts';
import { generateSyntheticCorpus } from '../../src/lib/synthetic/index.ts';
import { printTable } from './table.ts';

const SIZE = Number(process.env.CHITHI_BENCH_INGEST_FILES ?? 5000);
const COPIES = Number(process.env.CHITHI_BENCH_INGEST_COPIES ?? 40);
const FORMATS_DIR = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const DOCUMENT = /^directive.*\.(txt|md|pdf|docx?|html?|png|jpe?g|tiff?)$/i;
/** Fixtures that go through OCR (in whole or in part): copied a tenth as often. */
const SCAN = /scan|mixed|\.(png|jpe?g|tiff?)$/i;

async function timed(options: IngestOptions): Promise<{ result: IngestResult; seconds: number }> {
  const started = performance.now();
  const result = await ingestDirectory(options);
  return { result, seconds: (performance.now() - started) / 1000 };
}

/** One row of table 1: `sources` copied `copies` times each into a fresh folder, ingested cold. */
async function formatRow(label: string, sources: string[], copies: number, root: string) {
  const dir = mkdtempSync(join(root, 'format-'));
  for (const source of sources) {
    for (let i = 0; i < copies; i++) copyFileSync(source, join(dir, `${i}-${source.split('/').pop()}`));
  }
  const { result, seconds } = await timed({ dir, cache: false });
  const { report } = result;
  const extractors = [...new Set(report.files.map((f) => f.extractor ?? '?'))].join(', ');
  return [label, extractors, report.seen, report.parsed, report.rejected, seconds, report.seen / seconds];
}

async function formatsTable(root: string): Promise<void> {
  const seeds = readdirSync(directivesDir())
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(directivesDir(), f));
  const rows = [await formatRow('seeds (text)', seeds, Math.max(1, Math.round(COPIES / seeds.length) * 4), root)];
  const fixtures = existsSync(FORMATS_DIR)
    ? readdirSync(FORMATS_DIR)
        .filter((f) => DOCUMENT.test(f))
        .sort()
    : [];
  for (const fixture of fixtures) {
    const copies = SCAN.test(fixture) ? Math.max(1, Math.round(COPIES / 10)) : COPIES;
    rows.push(await formatRow(`${fixture} (${extname(fixture).slice(1)})`, [join(FORMATS_DIR, fixture)], copies, root));
  }
  printTable(
    `Ingest speed by format (cold, no cache, worker start included; ${fixtures.length} fixtures in tests/fixtures/formats)`,
    ['files', 'extractor', 'n', 'parsed', 'rejected', 'seconds', 'files/s'],
    rows,
  );
}

async function reingestTable(root: string): Promise<void> {
  const { directives: seeds } = await ingestDirectory({ cache: false });
  const dir = join(root, 'many');
  mkdirSync(dir);
  const synthetic = generateSyntheticCorpus({ directives: SIZE, seed: 1, sources: seeds });
  synthetic.forEach((d, i) => writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), d.text.original));
  const cache = join(root, 'cache');
  const row = (run: string, { result, seconds }: Awaited<ReturnType<typeof timed>>) => [
    run,
    result.report.seen,
    result.report.parsed,
    result.report.cache.misses,
    result.report.cache.hits,
    seconds,
  ];
  const cold = await timed({ dir, cache });
  const unchanged = await timed({ dir, cache });
  appendFileSync(join(dir, '00042.txt'), '\nNơi nhận: Như trên; Lưu: VT.\n');
  const oneChanged = await timed({ dir, cache });
  if (oneChanged.result.report.cache.misses !== 1) throw new Error('one changed file should parse exactly one file');
  printTable(
    `Re-ingest of ${SIZE} text files (synthetic variations of the seeds, seed 1) with the content-hash cache`,
    ['run', 'files', 'parsed', 'parsed now (cache misses)', 'from cache', 'seconds'],
    [row('cold', cold), row('unchanged', unchanged), row('one file changed', oneChanged)],
  );
}

export default async function ingestBench(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'chithi-bench-ingest-'));
  try {
    await formatsTable(root);
    await reingestTable(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
