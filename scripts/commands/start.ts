import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { join } from 'node:path';
import { displayPath, projectRoot } from '../../src/lib/paths.ts';
import { formatReport, ingestDirectory, writeCorpus } from '../../src/lib/ingest/ingest.ts';
import { resolveServer } from '../../src/runtime/meilisearch/index.ts';
import { updateIndex, writePublicSearchConfig } from '../../src/lib/search/indexer.ts';
import { buildSite } from '../../src/runtime/build/build-site.ts';
import { serveStatic, type StaticSite } from '../../src/runtime/serve/static-server.ts';
import { progressReporter, runStep, type Progress } from './progress.ts';
import { describeFailure, StepFailed, type StepName } from '../../src/runtime/start-failures.ts';
import { watchServer, type ServerWatch } from './watch-server.ts';
import type { MeiliConnection } from '../../src/runtime/meilisearch/index.ts';

const DEFAULT_PORT = 4321;

/**
 * `chithi start` (= `npm start`): everything from the raw texts to the portal on localhost —
 * ingest, Meilisearch, index, build, serve — each step titled, its progress shown (progress.ts) and,
 * when a step fails, what went wrong and how to fix it.
 */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('ingest content/, start Meilisearch, index, build the site and serve it on localhost')
    .option('--port <port>', `port to serve the site on (default ${DEFAULT_PORT}, or a free one if taken)`, parsePort)
    .option('--host <host>', 'interface to listen on (0.0.0.0 to reach it from other machines)', '127.0.0.1')
    .action(async (opts: { port?: number; host: string }) => {
      try {
        const { site, connection } = await start(opts);
        console.log(`\nThe portal is at ${site.url}/  (Ctrl+C to stop)`);
        const watch = watchServer(connection);
        process.once('SIGINT', () => void stop(site, watch));
        process.once('SIGTERM', () => void stop(site, watch));
      } catch (error) {
        console.error(`\n${describeFailure(error)}`);
        process.exitCode = 1;
      }
    });
}

async function start(opts: {
  port?: number;
  host: string;
}): Promise<{ site: StaticSite; connection: MeiliConnection }> {
  const connection = await prepareData(5);

  await step('build', '4/5 Building the site', async () => {
    const progress = progressReporter({ label: 'build', unit: 'steps', indent: '  ' });
    const built = await buildSite({ onLine: (line) => showBuildPhase(line, progress) });
    return { value: built, note: displayPath(built.outDir) };
  });

  const site = await step('serve', '5/5 Serving', async () => {
    const served = await serveOnPort(opts);
    return { value: served, note: served.url };
  });
  return { site, connection };
}

/** Steps 1–3, shared with `chithi dev`: the corpus and the search settings the pages are built from. */
export async function prepareData(steps: number): Promise<MeiliConnection> {
  const directives = await step('ingest', `1/${steps} Reading content/directives`, async () => {
    const progress = progressReporter({ label: 'ingest', unit: 'files', indent: '  ', quietBelow: 50 });
    const result = await ingestDirectory({ onProgress: ({ done, total }) => progress.update(done, total) }).finally(
      () => progress.stop(),
    );
    await writeCorpus(result);
    const { report } = result;
    if (report.seen === 0) throw new StepFailed('ingest', `no directive files (*.txt, *.md) in ${report.dir}`);
    const [summary = ''] = formatReport(report).split('\n');
    // Warnings are normal for texts copied from the web (an inferred date, a misspelt place);
    // only rejected files need the reader now. `chithi ingest` lists everything.
    const rejected = report.files
      .filter((f) => f.status === 'rejected')
      .flatMap((f) => [`✗ ${f.file}`, ...f.messages.map((m) => `  ${m}`)]);
    const hint = report.parsedWithWarnings > 0 ? ['(`npx chithi ingest` shows the warnings)'] : [];
    return { value: result.directives, note: [summary, ...hint, ...rejected].join('\n') };
  });

  const connection = await step('meili', `2/${steps} Starting Meilisearch`, async () => {
    const conn = await resolveServer({ start: true });
    const where = conn.managed ? `project server at ${conn.host}` : `MEILI_HOST ${conn.host}`;
    return { value: conn, note: [where, ...(conn.notes ?? []).map((n) => `note: ${n}`)].join('\n') };
  });

  await step('index', `3/${steps} Indexing ${directives.length} directives`, async () => {
    const progress = progressReporter({ label: 'index', unit: 'clauses', indent: '  ' });
    // By difference: a start after adding one directive sends that directive only (indexer.ts).
    const { config, mode } = await updateIndex(connection, directives, {
      onProgress: (done, total) => progress.update(done, total),
    }).finally(() => progress.stop());
    // Given the master key, the writer refuses a config that would publish it.
    writePublicSearchConfig(config, undefined, connection.masterKey);
    const indexes = Object.values(config.indexes).filter(Boolean).join(', ');
    return { value: config, note: `indexes ${indexes} (${mode === 'full' ? 'rebuilt' : 'updated by difference'})` };
  });
  return connection;
}

async function serveOnPort(opts: { port?: number; host: string }): Promise<StaticSite> {
  const distDir = join(projectRoot(), 'dist');
  try {
    return await serveStatic(distDir, { port: opts.port ?? DEFAULT_PORT, host: opts.host });
  } catch (error) {
    // A port asked for explicitly is the reader's choice; the default one may simply be taken.
    if (opts.port === undefined && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      return serveStatic(distDir, { port: 0, host: opts.host });
    }
    throw new StepFailed('serve', `cannot listen on ${opts.host}:${opts.port ?? DEFAULT_PORT}`, { cause: error });
  }
}

/** runStep (progress.ts), with a failure named after its step for describeFailure. */
export async function step<T>(
  name: StepName,
  title: string,
  work: () => Promise<{ value: T; note: string }>,
): Promise<T> {
  try {
    return await runStep(title, work);
  } catch (error) {
    throw error instanceof StepFailed ? error : new StepFailed(name, undefined, { cause: error });
  }
}

/**
 * The build's phases, one line each: what preparing the site data reports ("site data: 5 directive
 * cards (0.4 s)") and Astro's own steps ("[build] 31 page(s) built in 6.2s"), not a line per page.
 */
function showBuildPhase(line: string, progress: Progress): void {
  // Astro colours its log when asked to (FORCE_COLOR): the colour codes go before the line is read.
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '').replace(/^\d\d:\d\d:\d\d /, '');
  if (/^site data: |^\[build\] (?:\d+ page|Complete)/.test(plain)) progress.line(plain);
}

async function stop(site: StaticSite, watch: ServerWatch): Promise<void> {
  watch.stop();
  await site.close();
  console.log('Stopped serving. Meilisearch keeps running in the background: `npx chithi meili stop` stops it.');
  process.exit(0);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is 0–65535.');
  return port;
}
