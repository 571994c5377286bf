/**
 * One Meilisearch per data folder, enforced by the kernel. The server is spawned through
 * `flock --no-fork --nonblock <data>/server.lock meilisearch …` (util-linux): flock takes an
 * exclusive lock on the file and then *becomes* Meilisearch (exec, no fork), so the lock is held by
 * the server's own open file for exactly as long as the server lives — SIGKILL included — and a
 * second spawn on the same folder exits at once with CONFLICT_EXIT instead of opening the database.
 *
 * Why flock(1) and not a pid file or a lock process of our own: Node has no flock(2); a pid file is
 * the thing that failed (a damaged server.json gave two servers); a helper process holding the lock
 * could die while the server lives. Where flock(1) is missing (macOS), the /proc check in
 * process-check.ts and the start lock remain, and the spawn is direct.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** flock's exit status when the lock is held by another process (EX_TEMPFAIL). */
export const CONFLICT_EXIT = 75;

const FLOCK_CANDIDATES = ['/usr/bin/flock', '/bin/flock'];

/** Path of flock(1), if installed. */
export function flockBinary(): string | undefined {
  return FLOCK_CANDIDATES.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The command and arguments that run `binary args…` holding `lockFile`, or run it bare without flock. */
export function lockedCommand(
  binary: string,
  args: readonly string[],
  lockFile: string,
): { command: string; args: string[] } {
  const flock = flockBinary();
  if (!flock) return { command: binary, args: [...args] };
  return {
    command: flock,
    args: ['--no-fork', '--nonblock', '--conflict-exit-code', String(CONFLICT_EXIT), lockFile, binary, ...args],
  };
}

/** Whether a live process holds the data folder's server lock; undefined when flock(1) is missing. */
export function isLockHeld(lockFile: string): boolean | undefined {
  const flock = flockBinary();
  if (!flock) return undefined;
  const probe = spawnSync(flock, ['--nonblock', '--conflict-exit-code', String(CONFLICT_EXIT), lockFile, 'true'], {
    timeout: 5000,
  });
  return probe.status === CONFLICT_EXIT;
}
