import { checkAdminKey, isHealthy } from './client.ts';
import { MeiliServerError } from './errors.ts';
import type { ServerPaths } from './paths.ts';
import { isServerFor } from './process-check.ts';
import { clearState, readState, type ServerState } from './state.ts';

/** A recorded server that is ours, alive, healthy and accepts the key; stale records are cleared. */
export async function findRunningServer(paths: ServerPaths, masterKey: string): Promise<ServerState | undefined> {
  const state = readState(paths);
  if (!state) return undefined;
  if (!isServerFor(state.pid, paths.dbPath)) {
    clearState(paths);
    return undefined;
  }
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
