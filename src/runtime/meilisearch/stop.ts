import { isServerFor, serversFor, waitForExit } from './process-check.ts';
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

/**
 * Stops every server of the data folder — the one recorded, and any other whose command line
 * names its database (a damaged state file once left one running) — and removes the state files.
 */
export async function stopServer(options: StopOptions = {}): Promise<StopResult> {
  const paths = serverPaths(options.dataDir);
  const recorded = readState(paths)?.pid ?? readPidFile(paths);
  // Only a process serving this data folder is signalled: the pid may have been reused since.
  const pids = [
    ...new Set([
      ...(recorded !== undefined && isServerFor(recorded, paths.dbPath) ? [recorded] : []),
      ...serversFor(paths.dbPath),
    ]),
  ];
  const results = await Promise.all(pids.map((pid) => stopPid(pid, options.graceMs ?? 10_000)));
  clearState(paths);
  const [pid] = pids;
  if (pid === undefined) return { stopped: false, killed: false };
  return { stopped: true, pid, killed: results.some((r) => r.killed) };
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
