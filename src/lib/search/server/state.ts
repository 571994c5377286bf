import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { ServerPaths } from './paths.ts';

/** What a running managed server left behind so later commands can find it. Never the key. */
export const ServerState = z.object({
  /** e.g. "http://127.0.0.1:41237". */
  host: z.string(),
  port: z.number().int(),
  pid: z.number().int(),
  dbPath: z.string(),
  binary: z.string(),
  env: z.enum(['development', 'production']),
  /** ISO timestamp. */
  startedAt: z.string(),
});
export type ServerState = z.output<typeof ServerState>;

export function readState(paths: ServerPaths): ServerState | undefined {
  try {
    return ServerState.parse(JSON.parse(readFileSync(paths.stateFile, 'utf8')));
  } catch {
    // Missing, half-written or from an older layout: treat as "no server recorded".
    return undefined;
  }
}

/** Writes the state file and the plain pid file (for `kill $(cat …)` and other tools). */
export function writeState(paths: ServerPaths, state: ServerState): void {
  mkdirSync(dirname(paths.stateFile), { recursive: true });
  writeFileSync(paths.stateFile, `${JSON.stringify(state, null, 2)}\n`);
  writeFileSync(paths.pidFile, `${state.pid}\n`);
}

export function clearState(paths: ServerPaths): void {
  rmSync(paths.stateFile, { force: true });
  rmSync(paths.pidFile, { force: true });
}

/** The pid file alone, for a state file that was lost or damaged. */
export function readPidFile(paths: ServerPaths): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(paths.pidFile, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
