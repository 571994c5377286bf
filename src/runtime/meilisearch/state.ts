import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Writes the state file and the plain pid file (for `kill $(cat …)` and other tools), each
 * atomically: a reader (or a crash) never sees half a file, only the old one or the new one.
 */
export function writeState(paths: ServerPaths, state: ServerState): void {
  mkdirSync(dirname(paths.stateFile), { recursive: true });
  writeAtomically(paths.stateFile, `${JSON.stringify(state, null, 2)}\n`);
  writeAtomically(paths.pidFile, `${state.pid}\n`);
}

/** Write a temp file beside the target, then rename over it: rename is atomic within one folder. */
export function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** The port the data folder's server last listened on, if one is remembered. */
export function readRememberedPort(paths: ServerPaths): number | undefined {
  try {
    const port = Number(readFileSync(paths.portFile, 'utf8').trim());
    return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
  } catch {
    return undefined;
  }
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
