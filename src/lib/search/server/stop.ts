import { isServerFor, waitForExit } from './process-check.ts';
import { serverPaths } from './paths.ts';
import { clearState, readPidFile, readState } from './state.ts';

export interface StopOptions {
  readonly dataDir?: string;
  /** How long Meilisearch gets to finish after SIGTERM before SIGKILL. */
  readonly graceMs?: number;
}

export interface StopResult {
  /** False when no server of this data folder was running. */
  readonly stopped: boolean;
  readonly pid?: number;
  /** True when SIGTERM was not enough. */
  readonly killed: boolean;
}

/** Stops the server recorded in the data folder and removes its state and pid files. */
export async function stopServer(options: StopOptions = {}): Promise<StopResult> {
  const paths = serverPaths(options.dataDir);
  const pid = readState(paths)?.pid ?? readPidFile(paths);
  // Only a process serving this data folder is signalled: the pid may have been reused since.
  if (pid === undefined || !isServerFor(pid, paths.dbPath)) {
    clearState(paths);
    return { stopped: false, killed: false };
  }
  const { killed } = await stopPid(pid, options.graceMs ?? 10_000);
  clearState(paths);
  return { stopped: true, pid, killed };
}

/**
 * SIGTERM, then SIGKILL after `graceMs`. Meilisearch finishes writing on SIGTERM; an indexing
 * task cut short is re-run from its queue on the next start, so SIGKILL loses nothing committed.
 */
export async function stopPid(pid: number, graceMs: number): Promise<{ killed: boolean }> {
  if (!signal(pid, 'SIGTERM')) return { killed: false };
  if (await waitForExit(pid, graceMs)) return { killed: false };
  signal(pid, 'SIGKILL');
  await waitForExit(pid, 5000);
  return { killed: true };
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    // Already gone.
    return false;
  }
}
