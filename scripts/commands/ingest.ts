import { type Command, InvalidArgumentError } from 'commander';
import { resolve } from 'node:path';
import { formatReport, ingestDirectory, writeCorpus } from '../../src/lib/ingest/ingest.ts';
import { progressReporter } from './progress.ts';

/** A whole number of at least 1, or commander's usage error naming the flag's value. */
function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
  }
  return n;
}

/** A worker alone (Node, tsx, the parser's word lists) takes ~300 MB: a lower cap stops every file. */
const MIN_MEMORY_MB = 384;

function memoryMb(value: string): number {
  const n = positiveInt(value);
  if (n < MIN_MEMORY_MB) {
    throw new InvalidArgumentError(`expected at least ${MIN_MEMORY_MB} MB (a worker alone takes ~300 MB), got ${n}`);
  }
  return n;
}

interface IngestFlags {
  dir?: string;
  out?: string;
  maxBytes?: number;
  maxPages?: number;
  maxDepth?: number;
  maxMemory?: number;
  maxImageMegapixels?: number;
  json?: boolean;
  fileTimeout?: number;
  ocrTimeout?: number;
  jobs?: number;
  cache: boolean;
}

/**
 * `chithi ingest`: exit status 0 when every document was parsed (skipped entries are fine: they are
 * reported), 1 when any was rejected or there was nothing to ingest.
 */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('parse every directive in content/directives and write the corpus (.chithi/corpus/)')
    .option('--dir <dir>', 'read directives from this folder instead')
    .option('--out <dir>', 'write the corpus to this folder instead')
    .option(
      '--max-bytes <n>',
      'refuse files, and text extracted from documents, larger than this (default 2 MiB)',
      positiveInt,
    )
    .option('--max-pages <n>', 'refuse PDFs with more pages than this (default 60)', positiveInt)
    .option(
      '--max-depth <n>',
      'refuse web pages and Word files nesting elements deeper than this (default 512)',
      positiveInt,
    )
    .option('--max-memory <MB>', 'memory one file may take in its worker, in MB (default 1024)', memoryMb)
    .option('--max-image-megapixels <n>', 'refuse PDFs holding a larger image (default 100)', positiveInt)
    .option('--file-timeout <seconds>', 'time allowed to read and to parse one file (default 60)', positiveInt)
    .option('--ocr-timeout <seconds>', 'time allowed to read a PDF or image, OCR included (default 900)', positiveInt)
    .option('--jobs <n>', 'files parsed at once (default: the cores, at most 4)', positiveInt)
    .option('--no-cache', 'parse every file again instead of reusing unchanged results')
    .option('--json', 'print the report as JSON')
    .action(async (opts: IngestFlags) => {
      // On stderr: stdout holds the report (JSON with --json). Quiet for the seeds' few files.
      const progress = progressReporter({ label: 'ingest', unit: 'files', stream: process.stderr, quietBelow: 50 });
      const result = await ingestDirectory({
        ...(opts.dir ? { dir: resolve(opts.dir) } : {}),
        ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
        ...(opts.maxPages ? { maxPages: opts.maxPages } : {}),
        ...(opts.maxDepth ? { maxDepth: opts.maxDepth } : {}),
        ...(opts.maxImageMegapixels ? { maxImagePixels: opts.maxImageMegapixels * 1_000_000 } : {}),
        ...(opts.jobs ? { jobs: opts.jobs } : {}),
        budgets: {
          ...(opts.fileTimeout ? { fileMs: opts.fileTimeout * 1000 } : {}),
          ...(opts.ocrTimeout ? { ocrMs: opts.ocrTimeout * 1000 } : {}),
          ...(opts.maxMemory ? { memoryMb: opts.maxMemory } : {}),
        },
        ...(opts.cache ? {} : { cache: false as const }),
        onProgress: ({ done, total }) => progress.update(done, total),
      }).finally(() => progress.stop());
      const out = await writeCorpus(result, opts.out ? resolve(opts.out) : undefined);
      if (opts.json) console.log(JSON.stringify(result.report, null, 2));
      else console.log(`${formatReport(result.report)}\ncorpus written to ${out}`);
      if (result.report.seen === 0) {
        console.error(`no directive files in ${result.report.dir}: drop the texts there and run again`);
        process.exitCode = 1;
      } else if (result.report.rejected > 0) {
        process.exitCode = 1;
      }
    });
}
