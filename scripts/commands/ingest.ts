import type { Command } from 'commander';
import { resolve } from 'node:path';
import { formatReport, ingestDirectory, writeCorpus } from '../../src/lib/ingest/ingest.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('parse every directive in content/directives and write the corpus (.chithi/corpus/)')
    .option('--dir <dir>', 'read directives from this folder instead')
    .option('--out <dir>', 'write the corpus to this folder instead')
    .option('--max-bytes <n>', 'refuse files larger than this (default 2 MiB)', (v) => Number.parseInt(v, 10))
    .option('--json', 'print the report as JSON')
    .action(async (opts: { dir?: string; out?: string; maxBytes?: number; json?: boolean }) => {
      const result = await ingestDirectory({
        ...(opts.dir ? { dir: resolve(opts.dir) } : {}),
        ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
      });
      const out = await writeCorpus(result, opts.out ? resolve(opts.out) : undefined);
      if (opts.json) console.log(JSON.stringify(result.report, null, 2));
      else console.log(`${formatReport(result.report)}\ncorpus written to ${out}`);
      if (result.report.seen === 0) {
        console.error(`no directive files (*.txt, *.md) in ${result.report.dir}: drop the texts there and run again`);
        process.exitCode = 1;
      }
    });
}
