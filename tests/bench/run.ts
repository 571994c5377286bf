/**
 * `npm run bench [names…]`: runs every benchmark in tests/bench/*.bench.ts, or those whose file
 * name contains one of `names`, one after the other. Each module's default export runs it and
 * prints its tables. Run by tsx straight from package.json: benchmarks are development tools, not
 * part of the `chithi` command line.
 */
import { readdirSync } from 'node:fs';

const names = process.argv.slice(2);
const dir = new URL('./', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => names.length === 0 || names.some((n) => f.includes(n)))
  .sort();

if (files.length === 0) {
  console.error(`no benchmark matches ${names.join(', ')} in tests/bench/`);
  process.exitCode = 1;
} else {
  for (const file of files) {
    const module = (await import(new URL(file, dir).href)) as { default: () => Promise<void> };
    await module.default();
  }
}
