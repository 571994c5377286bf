/**
 * Builds the static site with Astro, in child processes: Astro runs its own Vite, which is best kept
 * out of the calling process (the CLI runs under tsx, the tests under Vitest). First a process
 * prepares the site's data (lib/page-data/site-data.ts: summaries, per-directive files, downloads)
 * and exits, so the full corpus is never in memory together with Astro's; then Astro builds from
 * that folder. A third process computes the comparison's files meanwhile, from the comparable form
 * of each directive only. The folder and the search settings the pages read are passed through the
 * environment (see page-data/corpus.ts and page-data/search-config.ts), so a test can build from its
 * own corpus and server without touching .chithi/.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { corpusDir, projectRoot } from '../../lib/paths.ts';

export interface BuildSiteOptions {
  /** Where the site goes; default dist/. */
  outDir?: string;
  /** A corpus folder other than .chithi/corpus/. */
  corpusDir?: string;
  /** A search config file other than .chithi/search-config.json. */
  searchConfigFile?: string;
  /** Each line Astro prints, e.g. to show progress; default: kept for the error message only. */
  onLine?: (line: string) => void;
}

export class SiteBuildError extends Error {
  override readonly name = 'SiteBuildError';
  constructor(
    message: string,
    /** The last lines Astro printed: where the real cause is. */
    readonly output: string,
  ) {
    super(message);
  }
}

const OUTPUT_TAIL_LINES = 40;

/** Astro's command-line entry in the project's node_modules, to run with `node` (here, and `chithi dev`). */
export function astroCliPath(): string {
  const root = projectRoot();
  return join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'astro.js');
}

export async function buildSite(options: BuildSiteOptions = {}): Promise<{ outDir: string; ms: number }> {
  const root = projectRoot();
  const outDir = options.outDir ?? join(root, 'dist');
  const astroCli = astroCliPath();
  const siteData = mkdtempSync(join(tmpdir(), 'chithi-site-data-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CHITHI_SITE_DATA: siteData };
  if (options.corpusDir) env['CHITHI_CORPUS_DIR'] = options.corpusDir;
  if (options.searchConfigFile) env['CHITHI_SEARCH_CONFIG'] = options.searchConfigFile;
  const started = Date.now();
  const prepare = [
    '--import',
    'tsx',
    join(root, 'scripts', 'prepare-site-data.ts'),
    options.corpusDir ?? corpusDir(),
    siteData,
  ];
  // The comparison (alignment index, families, measure views: the longest part) runs beside the
  // listings and Astro, on the other core; Astro's /so-sanh pages and its final copy wait for it.
  // Whichever fails first stops the others, so nothing waits for files that will never come.
  const abort = new AbortController();
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    abort.abort();
  };
  const comparison = run(
    'preparing the comparison',
    [...prepare, 'comparison'],
    root,
    env,
    options.onLine,
    abort.signal,
  );
  comparison.catch(fail);
  try {
    await run('preparing the site data', [...prepare, 'listings'], root, env, options.onLine, abort.signal);
    await run('astro build', [astroCli, 'build', '--outDir', outDir], root, env, options.onLine, abort.signal);
    await comparison;
  } catch (error) {
    fail(error);
    await comparison.catch(() => {});
    throw failure;
  } finally {
    rmSync(siteData, { recursive: true, force: true });
  }
  return { outDir, ms: Date.now() - started };
}

/** Runs `node <args>`, passing each line it prints to onLine; a non-zero exit throws with the last lines. */
async function run(
  what: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  onLine: ((line: string) => void) | undefined,
  signal: AbortSignal,
): Promise<void> {
  if (signal.aborted) throw new SiteBuildError(`${what} not started: another step failed`, '');
  const tail: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], signal });
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
        onLine?.(line);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new SiteBuildError(`${what} exited with code ${code}`, tail.join('\n'));
}
