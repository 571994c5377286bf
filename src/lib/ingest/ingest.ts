/**
 * `chithi ingest`: every entry of content/directives → the corpus the rest of the portal reads
 * (.chithi/corpus/directives.jsonl), with a report that accounts for every entry: parsed, parsed with
 * warnings, rejected with the reason, or skipped with the reason. One bad file never stops the
 * others, and none can hang the run: each file is read and parsed in a worker with a time budget
 * (pool.ts). Unchanged files come from the cache (cache.ts) without being read again.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DirectiveId, type Directive } from '../directive/schema.ts';
import { listSourceDir, type SourceEntry } from '../source/read-source-dir.ts';
import { DEFAULT_MAX_BYTES } from '../source/source-types.ts';
import { writeCorpusFile } from '../corpus/format.ts';
import { corpusDir, directivesDir, displayPath, publishedPath } from '../paths.ts';
import { IngestCache } from './cache.ts';
import type { FileJob, FileOutcome, IngestStage, ReadOptions } from './ingest-file.ts';
import { DEFAULT_BUDGETS, IngestPool, type Budgets, type PoolResult } from './pool.ts';
import type { FileReport, FileStatus, IngestReport } from './report.ts';

export { formatReport, printable, type FileReport, type FileStatus, type IngestReport } from './report.ts';

export interface IngestOptions {
  dir?: string;
  maxBytes?: number;
  /** Deepest element nesting in a web page or Word XML (`--max-depth`). */
  maxDepth?: number;
  /** PDFs with more pages are refused (the formats work's limit; `--max-pages`). */
  maxPages?: number;
  /** PDFs holding a larger image are refused before it is decoded (`--max-image-megapixels`). */
  maxImagePixels?: number;
  /** Per-file time and memory budgets (pool.ts explains the defaults). */
  budgets?: Partial<Budgets>;
  /** Workers at most; default: the cores available, 1 to 4. */
  jobs?: number;
  /** The cache folder, or false to parse every file again; default .chithi/cache/ingest/. */
  cache?: string | false;
  /** Called as each document is done (from the cache or a worker). */
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface IngestResult {
  directives: Directive[];
  report: IngestReport;
}

type Documented = Extract<SourceEntry, { kind: 'document' }>;

export async function ingestDirectory(options: IngestOptions = {}): Promise<IngestResult> {
  const dir = options.dir ?? directivesDir();
  const read: ReadOptions = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    ...(options.maxDepth ? { maxDepth: options.maxDepth } : {}),
    ...(options.maxImagePixels ? { maxImagePixels: options.maxImagePixels } : {}),
  };
  const budgets: Budgets = { ...DEFAULT_BUDGETS, ...options.budgets };
  const entries = await listSourceDir(dir);
  const documents = entries.filter((e): e is Documented => e.kind === 'document');
  const cache = options.cache === false ? null : new IngestCache(options.cache);
  const total = documents.length;
  let done = 0;
  const progress = () => options.onProgress?.({ done: ++done, total });

  const jobs = documents.map((d): FileJob => ({ path: d.path, sidecar: d.sidecar, read }));
  const keys = cache ? await mapLimit(jobs, 16, (job) => cache.keyOf(job)) : jobs.map(() => null);
  const hits = await mapLimit(keys, 16, async (key) => (key && cache ? cache.get(key) : null));
  const misses = jobs.flatMap((_, i) => (hits[i] ? [] : [i]));
  hits.forEach((hit) => hit && progress());

  const results: (PoolResult | null)[] = jobs.map(() => null);
  if (misses.length > 0) {
    const size = Math.min(options.jobs ?? Math.min(4, availableParallelism()), misses.length);
    const pool = new IngestPool(size, budgets);
    try {
      await Promise.all(
        misses.map(async (i) => {
          const result = await pool.run(jobs[i]!);
          results[i] = result;
          const key = keys[i];
          // A cache that cannot be written (disk full, read-only) costs speed next time, not this run.
          if (cache && key && result.kind === 'done') await cache.put(key, result.outcome).catch(() => {});
          progress();
        }),
      );
    } finally {
      await pool.close();
    }
  }

  await cache?.prune().catch(() => 0); // housekeeping only: a cache that cannot be pruned still works

  const directives: Directive[] = [];
  const files: FileReport[] = [];
  const ids = new Set<string>();
  let documentIndex = 0;
  for (const entry of entries) {
    if (entry.kind === 'sidecar') continue;
    const file = publishedPath(entry.path);
    if (entry.kind === 'skipped') {
      files.push({ file, status: 'skipped', reason: entry.reason, messages: [`${file}: skipped: ${entry.reason}`] });
      continue;
    }
    const i = documentIndex++;
    const hit = hits[i] ?? null;
    const outcome = hit ?? outcomeOf(results[i] ?? null, file, budgets);
    const report = fileReport(file, entry, outcome, hit !== null);
    addCost(report, results[i] ?? null);
    if (outcome.ok) {
      outcome.directive.id = uniqueId(ids, outcome.directive.id);
      report.id = outcome.directive.id;
      directives.push(outcome.directive);
    }
    files.push(report);
  }
  return { directives, report: summarise(dir, entries, files, { hits: total - misses.length, misses: misses.length }) };
}

function fileReport(file: string, entry: Documented, outcome: FileOutcome, cached: boolean): FileReport {
  const status: FileStatus = !outcome.ok ? 'rejected' : outcome.messages.length > 0 ? 'parsed-with-warnings' : 'parsed';
  return {
    file,
    status,
    ...(entry.sidecar ? { sidecar: publishedPath(entry.sidecar) } : {}),
    ...(outcome.extractor ? { extractor: outcome.extractor } : {}),
    ...(outcome.ocr ? { ocr: outcome.ocr } : {}),
    ...(cached ? { cached: true } : {}),
    messages: outcome.messages,
  };
}

/** What the file cost its worker, where known: the report's peak memory and time. */
function addCost(report: FileReport, result: PoolResult | null): void {
  if (result?.kind !== 'done' && result?.kind !== 'out-of-memory') return;
  if (result.peakMb !== undefined) report.peakMemoryMb = result.peakMb;
  if (result.kind === 'done') report.workerMs = result.elapsedMs;
}

/** A worker's result as an outcome: a timeout or a crash is a rejection naming the file and the stage. */
function outcomeOf(result: PoolResult | null, file: string, budgets: Budgets): FileOutcome {
  if (result === null) return { ok: false, messages: [`${file}: not ingested (please report this)`] };
  if (result.kind === 'done') return result.outcome;
  if (result.kind === 'timeout') {
    const flag = result.budgetMs === budgets.ocrMs && result.stage === 'reading' ? '--ocr-timeout' : '--file-timeout';
    const seconds = Math.round(result.budgetMs / 100) / 10;
    const stage = STAGE_LABELS[result.stage];
    return {
      ok: false,
      messages: [
        `${file}: stopped after ${seconds} s while ${stage}: over the per-file time budget (raise it with \`chithi ingest ${flag} <seconds>\`, or report this file)`,
      ],
    };
  }
  if (result.kind === 'out-of-memory') {
    const peak = result.peakMb === undefined ? '' : ` (${result.peakMb} MB)`;
    return {
      ok: false,
      messages: [
        `${file}: stopped while ${STAGE_LABELS[result.stage]}: it took the worker past ${result.limitMb} MB${peak}, the memory limit for one file ` +
          '(a directive needs a few hundred MB: the file is damaged or built to exhaust memory; if it really is one directive, ' +
          `raise the limit with \`chithi ingest --max-memory ${result.limitMb * 2}\`)`,
      ],
    };
  }
  const stage = result.stage === 'starting' ? 'starting' : STAGE_LABELS[result.stage];
  return { ok: false, messages: [`${file}: ${result.reason}, while ${stage} (please report this file)`] };
}

const STAGE_LABELS: Record<IngestStage, string> = {
  reading: 'reading (extracting the text)',
  parsing: 'parsing',
  tagging: 'tagging measures',
  validating: 'checking the result against the schema',
};

function summarise(
  dir: string,
  entries: SourceEntry[],
  files: FileReport[],
  cache: IngestReport['cache'],
): IngestReport {
  const count = (status: FileStatus) => files.filter((f) => f.status === status).length;
  const rejected = count('rejected');
  const parsed = count('parsed') + count('parsed-with-warnings');
  return {
    dir: displayPath(dir),
    entries: entries.length,
    seen: parsed + rejected,
    parsed,
    parsedWithWarnings: count('parsed-with-warnings'),
    rejected,
    skipped: count('skipped'),
    sidecars: entries.filter((e) => e.kind === 'sidecar').length,
    cache,
    files,
  };
}

/** Two files with one slug ("x.txt" and "x.md") both stay, the second under "x-2". */
function uniqueId(ids: Set<string>, id: DirectiveId): DirectiveId {
  let candidate = id;
  for (let n = 2; ids.has(candidate); n++) candidate = DirectiveId.parse(`${id}-${n}`);
  ids.add(candidate);
  return candidate;
}

/** `fn` over `items`, at most `limit` at a time, results in order (hashing 5,000 files without 5,000 open files). */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = Array.from({ length: items.length });
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export async function writeCorpus(result: IngestResult, outDir = corpusDir()): Promise<string> {
  await writeCorpusFile(result.directives, outDir);
  await writeFile(join(outDir, 'report.json'), JSON.stringify(result.report, null, 2));
  return outDir;
}
