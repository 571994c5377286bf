import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../src/lib/paths.ts';
import { prepareData } from './start.ts';
import { describeFailure } from './start-failures.ts';

/**
 * `chithi dev`: the same data steps as `chithi start` (ingest, Meilisearch, index), then Astro's
 * dev server with hot reload instead of a build — for work on the pages.
 */
export function registerDev(program: Command): void {
  program
    .command('dev')
    .description('ingest, start Meilisearch and index like `start`, then run the Astro dev server')
    .action(async () => {
      try {
        await prepareData(4);
      } catch (error) {
        console.error(`\n${describeFailure(error)}`);
        process.exitCode = 1;
        return;
      }
      console.log('4/4 Astro dev server …');
      const root = projectRoot();
      const astro = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'astro.js');
      const child = spawn(process.execPath, [astro, 'dev'], { cwd: root, stdio: 'inherit' });
      child.once('exit', (code) => (process.exitCode = code ?? 0));
    });
}
