/**
 * Builds the static site with Astro, in child processes: Astro runs its own Vite, which is best kept
 * out of the calling process (the CLI runs under tsx, the tests under Vitest). Each part of the
 * site's data (lib/page-data/site-parts.ts: the listings, the comparison, …) runs in a process of its
 * own, started once the parts it depends on are done, so the corpus is never in memory together with
 * Astro's; Astro starts once the parts its pages need first are done and builds from that folder,
 * while the others go on beside it. The folder and the search settings the pages read are passed through the
 * environment (see page-data/corpus.ts and page-data/search-config.ts), so a test can build from its
 * own corpus and server without touching .chithi/.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SITE_PARTS, type SitePart } from '../../lib/page-data/site-parts.ts';
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
  // Every part at once, each when its dependencies are done (the comparison, the longest, on the
  // other core beside the listings and Astro). Whichever fails first stops the others, so nothing
  // waits for files that will never come.
  const abort = new AbortController();
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    abort.abort();
  };
  const running = new Map<string, Promise<void>>();
  const start = (part: SitePart): Promise<void> => {
    let promise = running.get(part.name);
    if (!promise) {
      const deps = part.dependsOn.map((name) => start(SITE_PARTS.find((p) => p.name === name)!));
      promise = Promise.all(deps).then(() =>
        run(`preparing the site data (${part.name})`, [...prepare, part.name], root, env, options.onLine, abort.signal),
      );
      promise.catch(fail);
      running.set(part.name, promise);
    }
    return promise;
  };
  const parts = SITE_PARTS.map(start);
  try {
    await Promise.all(SITE_PARTS.filter((p) => p.beforePages).map(start));
    await run('astro build', [astroCli, 'build', '--outDir', outDir], root, env, options.onLine, abort.signal);
    await Promise.all(parts);
  } catch (error) {
    fail(error);
    await Promise.allSettled(parts);
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
