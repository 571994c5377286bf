import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { projectRoot } from '../../src/lib/paths.ts';
import { astroCliPath } from '../../src/runtime/build/build-site.ts';
import { prepareData } from './start.ts';
import { describeFailure } from '../../src/runtime/start-failures.ts';

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
      const child = spawn(process.execPath, [astroCliPath(), 'dev'], { cwd: projectRoot(), stdio: 'inherit' });
      child.once('exit', (code) => (process.exitCode = code ?? 0));
    });
}
