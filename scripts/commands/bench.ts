import type { Command } from 'commander';
import { readdirSync } from 'node:fs';

/**
 * `chithi bench [names…]` (`npm run bench`): runs every benchmark in tests/bench/*.bench.ts, or
 * those whose name contains one of `names`. Each module's default export runs it and prints a table.
 */
export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('run the benchmarks (speed, memory, relevance, bundle size) and print their tables')
    .argument('[names...]', 'only the benchmarks whose file name contains one of these')
    .action(async (names: string[]) => {
      const dir = new URL('../../tests/bench/', import.meta.url);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .filter((f) => names.length === 0 || names.some((n) => f.includes(n)))
        .sort();
      if (files.length === 0) {
        console.error(`no benchmark matches ${names.join(', ')} in tests/bench/`);
        process.exitCode = 1;
        return;
      }
      for (const file of files) {
        const module = (await import(new URL(file, dir).href)) as { default: () => Promise<void> };
        await module.default();
      }
    });
}
