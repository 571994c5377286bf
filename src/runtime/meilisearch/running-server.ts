import { checkAdminKey, isHealthy } from '../../lib/search/meili-client.ts';
import { MeiliServerError } from '../../lib/search/meili-server-error.ts';
import type { ServerPaths } from './paths.ts';
import { commandLineOf, httpAddrOf, isServerFor, serversFor } from './process-check.ts';
import { clearState, readState, writeState, type ServerState } from './state.ts';

/**
 * The data folder's server if it is alive, healthy and accepts the key. The state file is asked
 * first; when it is missing, damaged or names a dead pid, the live processes are asked (/proc):
 * a server found there is adopted — its state file rewritten — rather than a second one started.
 */
export async function findRunningServer(paths: ServerPaths, masterKey: string): Promise<ServerState | undefined> {
  const recorded = readState(paths);
  const state = recorded && isServerFor(recorded.pid, paths.dbPath) ? recorded : liveServerState(paths);
  if (!state) {
    clearState(paths);
    return undefined;
  }
  if (state !== recorded) writeState(paths, state);
  if (!(await isHealthy(state.host, 2000))) {
    throw new MeiliServerError(
      `Meilisearch (pid ${state.pid}) is running but ${state.host}/health does not answer.`,
      'Run `chithi meili stop`, then start it again; the log is in ' + paths.logFile + '.',
    );
  }
  const key = await checkAdminKey(state.host, masterKey);
  if (!key.ok && key.reason === 'refused') {
    throw new MeiliServerError(
      `The running Meilisearch at ${state.host} (pid ${state.pid}) refuses the key in ${paths.keyFile}.`,
      'The key file changed after the server started: run `chithi meili stop`, then start it again.',
    );
  }
  return state;
}

/** The state of a live server of this data folder found by its command line, if any. */
export function liveServerState(paths: ServerPaths): ServerState | undefined {
  for (const pid of serversFor(paths.dbPath)) {
    const addr = httpAddrOf(pid);
    const port = Number(addr?.split(':').pop());
    if (addr === undefined || !Number.isInteger(port)) continue;
    const args = commandLineOf(pid) ?? [];
    const env = args[args.indexOf('--env') + 1] === 'production' ? 'production' : 'development';
    return {
      host: `http://${addr}`,
      port,
      pid,
      dbPath: paths.dbPath,
      binary: args[0] ?? '',
      env,
      startedAt: new Date().toISOString(),
    };
  }
  return undefined;
}
