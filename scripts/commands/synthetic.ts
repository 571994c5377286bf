import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeCorpusFile } from '../../src/lib/corpus/format.ts';
import { generateSyntheticCorpus } from '../../src/lib/synthetic/index.ts';
import { intBetween } from './flags.ts';

/**
 * `chithi synthetic --directives N --seed S --out DIR`: writes a synthetic corpus folder
 * (DIR/directives.jsonl, readable by `--corpus DIR`), every directive marked `synthetic: true`.
 */
export function registerSynthetic(program: Command): void {
  program
    .command('synthetic')
    .description('generate a seeded synthetic corpus for scale work (never shown on the site)')
    .requiredOption('--out <dir>', 'folder to write directives.jsonl into')
    .option('--directives <n>', 'how many directives (1–200000)', intBetween(1, 200_000), 500)
    .option('--seed <n>', 'random seed (a whole number, 0 or more)', intBetween(0, 2 ** 31 - 1), 1)
    .action(async (opts: { out: string; directives: number; seed: number }) => {
      const directives = generateSyntheticCorpus({ directives: opts.directives, seed: opts.seed });
      const dir = resolve(opts.out);
      await writeCorpusFile(directives, dir);
      writeFileSync(
        join(dir, 'SYNTHETIC.md'),
        `Synthetic corpus: ${opts.directives} directives, seed ${opts.seed}. Generated, not real; never publish.\n`,
      );
      const clauses = directives.reduce((n, d) => n + d.clauses.length, 0);
      console.log(`wrote ${directives.length} synthetic directives (${clauses} clauses) to ${dir}`);
    });
}
