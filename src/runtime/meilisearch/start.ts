import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { movePublicSearchHost } from '../../lib/search/public-config.ts';
import { resolveBinary, type ResolvedBinary } from './binary.ts';
import { MeiliServerError } from '../../lib/search/meili-server-error.ts';
import { readLogTail } from './log-tail.ts';
import { readOrCreateMasterKey } from './master-key.ts';
import { serverPaths, type ServerPaths } from './paths.ts';
import { findFreePort, isPortFree, LOOPBACK } from './port.ts';
import { findRunningServer } from './running-server.ts';
import { CONFLICT_EXIT, lockedCommand } from './server-lock.ts';
import { clearState, readRememberedPort, writeAtomically, writeState, type ServerState } from './state.ts';
import { stopPid } from './stop.ts';
import { waitUntilHealthy } from './wait-healthy.ts';
import { withStartLock } from './start-lock.ts';

/** Meilisearch's `--env`: production hides the web preview and insists on a master key. */
export type MeiliEnv = 'development' | 'production';

export interface StartOptions {
  /** Defaults to .chithi/meili/ in the repository; tests pass a temp folder. */
  readonly dataDir?: string;
  /**
   * A port, or 'auto' for any free one. Default: MEILI_PORT if set, else the port this data
   * folder's server last used (so a restart comes back where the site looks), else a free one.
   */
  readonly port?: number | 'auto';
  readonly env?: MeiliEnv;
  readonly healthTimeoutMs?: number;
  /** Where MEILI_BIN, PATH and MEILI_PORT are read; defaults to process.env. */
  readonly environment?: NodeJS.ProcessEnv;
  /** Overrides the binary from node_modules (see resolveBinary). */
  readonly packagedBinary?: string;
}

export interface StartedServer {
  readonly host: string;
  readonly masterKey: string;
  readonly pid: number;
  readonly port: number;
  /** True when a server from an earlier start was already running and is reused. */
  readonly reused: boolean;
  /** The binary spawned; undefined when reused. */
  readonly binary?: ResolvedBinary;
  /** What the reader should know, e.g. that the remembered port was taken and another was used. */
  readonly notes: readonly string[];
}

const DEFAULT_HEALTH_TIMEOUT_MS = 20_000;

/** Starts the project's Meilisearch in the background, or reuses the one already running. */
export async function startServer(options: StartOptions = {}): Promise<StartedServer> {
  const paths = serverPaths(options.dataDir);
  mkdirSync(paths.dataDir, { recursive: true, mode: 0o700 });
  const masterKey = readOrCreateMasterKey(paths.keyFile);
  const healthTimeoutMs = options.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS;
  return withStartLock(paths.startLockFile, healthTimeoutMs + 5000, async () => {
    const running = await findRunningServer(paths, masterKey);
    if (running) {
      return { host: running.host, masterKey, pid: running.pid, port: running.port, reused: true, notes: [] };
    }
    const { port, notes } = await choosePort(options.port, options.environment ?? process.env, paths);
    const binary = await resolveBinary({
      checkCacheFile: paths.binaryCheckFile,
      ...(options.environment ? { environment: options.environment } : {}),
      ...(options.packagedBinary ? { packagedPath: options.packagedBinary } : {}),
    });
    const state = spawnServer(paths, binary, port, options.env ?? 'development', masterKey);
    const healthy = await awaitHealthy(paths, state, healthTimeoutMs);
    writeAtomically(paths.portFile, `${port}\n`);
    // The project's server: the site's search config follows it when it had to change port.
    const moved = paths.dataDir === serverPaths().dataDir ? movePublicSearchHost(healthy.host) : undefined;
    if (moved) notes.push(`the search config (${moved}) now names ${healthy.host}`);
    return { ...healthy, masterKey, reused: false, binary, notes };
  });
}

/** Where the port came from matters for the message when it is taken. */
async function choosePort(
  requested: number | 'auto' | undefined,
  environment: NodeJS.ProcessEnv,
  paths: ServerPaths,
): Promise<{ port: number; notes: string[] }> {
  const fromEnv = environment['MEILI_PORT'];
  if (requested === 'auto') return { port: await findFreePort(), notes: [] };
  if (requested === undefined && !fromEnv) return rememberedOrFree(paths);
  const port = requested ?? Number(fromEnv);
  const source = requested === undefined ? `MEILI_PORT=${fromEnv}` : `port ${port} was asked for`;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new MeiliServerError(`${source} is not a port number.`, 'Use a number from 1 to 65535, or unset MEILI_PORT.');
  }
  if (!(await isPortFree(port))) throw portInUse(port, source);
  return { port, notes: [] };
}

/**
 * The port of this data folder's last server, when still free: the site's search config names it,
 * so coming back there keeps every built page working. Per folder rather than one fixed number, so
 * two checkouts on one machine do not fight over a port.
 */
async function rememberedOrFree(paths: ServerPaths): Promise<{ port: number; notes: string[] }> {
  const remembered = readRememberedPort(paths);
  if (remembered === undefined) return { port: await findFreePort(), notes: [] };
  if (await isPortFree(remembered)) return { port: remembered, notes: [] };
  const port = await findFreePort();
  const note =
    `port ${remembered}, where this Meilisearch ran before, is taken by another program; it now listens on ${port}. ` +
    'The search config is rewritten with the new address; a copy of the site hosted elsewhere needs the new ' +
    'search-config.json (or set MEILI_PORT to choose the port).';
  return { port, notes: [note] };
}

export function portInUse(port: number, source: string): MeiliServerError {
  return new MeiliServerError(
    `Port ${port} on ${LOOPBACK} is already in use (${source}), so Meilisearch cannot listen there.`,
    `Find what holds it with \`ss -ltnp 'sport = :${port}'\` and stop it, or choose another port ` +
      '(MEILI_PORT / --port), or leave the port unset to let chithi pick a free one.',
  );
}

function spawnServer(paths: ServerPaths, binary: ResolvedBinary, port: number, env: MeiliEnv, key: string) {
  rotateLog(paths.logFile);
  const log = openSync(paths.logFile, 'a');
  const httpAddr = `${LOOPBACK}:${port}`;
  const args = ['--db-path', paths.dbPath, '--http-addr', httpAddr, '--env', env, '--no-analytics'];
  args.push('--dump-dir', paths.dumpDir, '--snapshot-dir', paths.snapshotDir);
  const command = lockedCommand(binary.path, args, paths.serverLockFile);
  const child = spawn(command.command, command.args, {
    // cwd: Meilisearch reads ./config.toml if present; the data folder has none.
    cwd: paths.dataDir,
    detached: true,
    stdio: ['ignore', log, log],
    env: serverEnvironment(key),
  });
  closeSync(log);
  child.unref();
  const state: ServerState = {
    host: `http://${httpAddr}`,
    port,
    pid: child.pid ?? -1,
    dbPath: paths.dbPath,
    binary: binary.path,
    env,
    startedAt: new Date().toISOString(),
  };
  if (child.pid !== undefined) writeState(paths, state);
  return { state, child };
}

async function awaitHealthy(
  paths: ServerPaths,
  { state, child }: ReturnType<typeof spawnServer>,
  timeoutMs: number,
): Promise<{ host: string; pid: number; port: number }> {
  const failure = await waitUntilHealthy(state.host, child, timeoutMs);
  if (!failure) return { host: state.host, pid: state.pid, port: state.port };
  if (state.pid > 0) await stopPid(state.pid, 2000);
  clearState(paths);
  if (failure.kind === 'exited' && failure.code === CONFLICT_EXIT) {
    throw new MeiliServerError(
      `Another Meilisearch already serves ${paths.dataDir} (it holds ${paths.serverLockFile}), so a second one was not started on the same database.`,
      `Run \`chithi meili status\` to see it and \`chithi meili stop\` to stop it; if neither finds it, \`fuser -v ${paths.serverLockFile}\` names the process.`,
    );
  }
  const tail = readLogTail(paths.logFile);
  if (/Address already in use/i.test(tail)) throw portInUse(state.port, 'taken just before Meilisearch bound it');
  throw new MeiliServerError(
    `Meilisearch ${failure.detail}. Last lines of ${paths.logFile}:\n${indent(tail)}`,
    failure.kind === 'exited'
      ? 'Fix what the log says, then start it again.'
      : 'If the machine is slow or the database large, allow more time (`chithi meili start --timeout 60`).',
  );
}

/**
 * The inherited environment minus every MEILI_* variable: Meilisearch reads them as settings
 * (MEILI_DB_PATH, MEILI_SCHEDULE_SNAPSHOT, …), and a developer's shell should not silently
 * reconfigure the project's server. The key goes here, not in argv, where `ps` would show it.
 */
function serverEnvironment(masterKey: string): NodeJS.ProcessEnv {
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  return { ...environment, MEILI_MASTER_KEY: masterKey };
}

/** Keeps the previous run's log as `.1`, so the log read on failure is this run's only. */
function rotateLog(logFile: string): void {
  if (existsSync(logFile)) renameSync(logFile, `${logFile}.1`);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
