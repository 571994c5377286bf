import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { MeiliServerError } from '../../lib/search/meili-server-error.ts';
import { isAlive } from './process-check.ts';

/**
 * Runs `work` while holding a lock file, so that two commands starting the server at once do not
 * spawn two processes on one database. A lock left by a process that died is taken over.
 */
export async function withStartLock<T>(lockFile: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (!tryLock(lockFile)) {
    const holder = lockHolder(lockFile);
    // An unreadable pid is either a lock being written this instant or debris; give it a second.
    if (holder === undefined ? ageMs(lockFile) > 1000 : !isAlive(holder)) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (holder !== undefined && Date.now() >= deadline) {
      throw new MeiliServerError(
        `Another process (pid ${holder}) has been starting Meilisearch for ${Math.round(timeoutMs / 1000)} s.`,
        `Wait for it, or stop it and delete ${lockFile}.`,
      );
    }
    await sleep(100);
  }
  try {
    return await work();
  } finally {
    if (lockHolder(lockFile) === process.pid) rmSync(lockFile, { force: true });
  }
}

function tryLock(lockFile: string): boolean {
  try {
    writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function lockHolder(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isSafeInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function ageMs(lockFile: string): number {
  try {
    return Date.now() - statSync(lockFile).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
