import { relative } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  repoRoot,
  serverPaths,
  serverStatus,
  startServer,
  stopServer,
  type MeiliEnv,
} from '../../src/runtime/meilisearch/index.ts';

interface StartFlags {
  env: MeiliEnv;
  port?: number;
  timeout: number;
}

/** `chithi meili start|stop|status`: the project's own Meilisearch in .chithi/meili/. */
export function registerMeili(program: Command): void {
  const meili = program
    .command('meili')
    .description('run the project’s own Meilisearch (data, key and log in .chithi/meili/)');

  meili
    .command('start')
    .description('start Meilisearch in the background, or report the one already running')
    .addOption(
      new Option('--env <env>', 'Meilisearch environment')
        .choices(['development', 'production'])
        .default('development'),
    )
    .addOption(
      new Option('--port <port>', 'port on 127.0.0.1 (default: MEILI_PORT, else a free one)').argParser(parsePort),
    )
    .addOption(new Option('--timeout <seconds>', 'how long to wait for /health').argParser(parseSeconds).default(20))
    .action((flags: StartFlags) => start(flags));

  meili
    .command('stop')
    .description('stop the project’s Meilisearch (SIGTERM, then SIGKILL after 10 s)')
    .action(() => stop());

  meili
    .command('status')
    .description('whether it runs, where, which version, and the database size')
    .option('--json', 'print the status as JSON')
    .action((flags: { json?: boolean }) => status(flags.json === true));
}

async function start(flags: StartFlags): Promise<void> {
  const server = await startServer({
    env: flags.env,
    healthTimeoutMs: flags.timeout * 1000,
    ...(flags.port === undefined ? {} : { port: flags.port }),
  });
  const paths = serverPaths();
  for (const note of [...(server.binary?.notes ?? []), ...server.notes]) console.log(`note: ${note}`);
  const how = server.reused ? 'already running' : `started, ${flags.env}`;
  console.log(`Meilisearch at ${server.host} (pid ${server.pid}, ${how})`);
  // The key itself is never printed: terminals are logged, screens are shared.
  console.log(`master key: ${shown(paths.keyFile)} (not shown)`);
  console.log(`log:        ${shown(paths.logFile)}`);
  if (process.env['MEILI_HOST']) {
    console.log(
      `note: MEILI_HOST is set (${process.env['MEILI_HOST']}), so other commands will use that server, not this one.`,
    );
  }
}

async function stop(): Promise<void> {
  const result = await stopServer();
  if (!result.stopped) console.log('Meilisearch was not running.');
  else
    console.log(`Meilisearch stopped (pid ${result.pid}${result.killed ? ', killed after SIGTERM timed out' : ''}).`);
}

async function status(json: boolean): Promise<void> {
  const report = await serverStatus();
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const size = `database ${formatBytes(report.databaseBytes)} in ${shown(report.dataDir)}`;
  if (!report.running) {
    console.log(`not running; ${size}`);
    return;
  }
  const health = report.healthy ? `version ${report.version ?? 'unknown'}` : 'NOT answering /health';
  console.log(`running at ${report.host} (pid ${report.pid}), ${health}; ${size}`);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidArgumentError('a port is 1–65535.');
  return port;
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!(seconds > 0)) throw new InvalidArgumentError('give a number of seconds above 0.');
  return seconds;
}

function shown(path: string): string {
  const inRepo = relative(repoRoot, path);
  return inRepo.startsWith('..') ? path : inRepo;
}

function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
