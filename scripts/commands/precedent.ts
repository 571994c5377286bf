import type { Command } from 'commander';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { findPrecedents } from '../../src/lib/compare/index.ts';
import { intBetween, UsageError } from './flags.ts';

/** `chithi precedent "<text>" [--json]`: the corpus clauses closest to a draft sentence, with citations. */
export function registerPrecedent(program: Command): void {
  program
    .command('precedent')
    .description('find the clauses closest to a draft sentence, with a citation to copy')
    .argument('<text>', 'a sentence of the draft')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many (1–100, default 10)', intBetween(1, 100))
    .option('--corpus <dir>', 'a corpus folder other than .chithi/corpus')
    .action((text: string, opts: { json?: boolean; limit?: number; corpus?: string }) => {
      if (text.trim() === '') throw new UsageError('give the sentence of the draft to find precedents for');
      const precedents = findPrecedents(loadCorpus(opts.corpus), text, opts.limit ? { limit: opts.limit } : {});
      if (opts.json) console.log(JSON.stringify(precedents, null, 2));
      else if (precedents.length === 0) console.log('no comparable clause in the corpus');
      else for (const p of precedents) console.log(`${p.score}  ${p.citation}\n      ${p.text}\n`);
    });
}
