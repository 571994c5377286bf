import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Whether `pid` is a live process. A zombie (exited, not yet reaped by its parent) still answers
 * signal 0, so on Linux /proc is asked as well: a server we spawned in this very process stays a
 * zombie for a moment after it exits.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const stat = readProc(pid, 'stat');
  // Field 3 of /proc/<pid>/stat is the state; the command name before it is in parentheses.
  return stat === undefined || !/\) Z /.test(stat);
}

/**
 * Whether `pid` is a Meilisearch serving `dbPath`. Guards against a recycled pid: the state file
 * may outlive the server, and signalling an unrelated process would be a bad way to find out.
 * Without /proc (macOS) this cannot be told, and the pid is trusted.
 */
export function isServerFor(pid: number, dbPath: string): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = readProc(pid, 'cmdline');
  if (cmdline === undefined) return true;
  const args = cmdline.split('\0');
  return args.some((arg, i) => arg === '--db-path' && args[i + 1] === dbPath);
}

/** The command line of `pid` as its arguments, if the platform tells. */
export function commandLineOf(pid: number): string[] | undefined {
  return readProc(pid, 'cmdline')
    ?.split('\0')
    .filter((arg) => arg !== '');
}

/** Resolves true once `pid` is gone, false if it is still alive after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(50);
  }
  return true;
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Every live Meilisearch serving `dbPath`, found by its command line in /proc, whatever the state
 * file says: a damaged or deleted server.json must not lead to a second server on one database,
 * nor to `status` saying "not running" while one runs. Empty where there is no /proc.
 */
export function serversFor(dbPath: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => pid !== process.pid && servesDb(pid, dbPath) && isAlive(pid));
}

/** The `--http-addr` a Meilisearch process was started with, e.g. "127.0.0.1:41237". */
export function httpAddrOf(pid: number): string | undefined {
  const args = commandLineOf(pid) ?? [];
  const at = args.indexOf('--http-addr');
  return at === -1 ? undefined : args[at + 1];
}

function servesDb(pid: number, dbPath: string): boolean {
  const args = commandLineOf(pid);
  return args !== undefined && args.some((arg, i) => arg === '--db-path' && args[i + 1] === dbPath);
}
