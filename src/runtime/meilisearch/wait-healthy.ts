import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { isHealthy } from '../../lib/search/meili-client.ts';

/** Why a freshly spawned server did not become healthy. */
export type StartFailure =
  | { readonly kind: 'exited'; readonly detail: string; readonly code: number | null }
  | { readonly kind: 'timeout'; readonly detail: string };

/**
 * Polls `/health` until it answers, the child exits, or `timeoutMs` passes. Watching the child
 * matters: a server that cannot bind its port exits within milliseconds, and waiting the full
 * timeout for it would only delay the message.
 */
export async function waitUntilHealthy(
  host: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<StartFailure | undefined> {
  let exit: string | undefined;
  let exitCode: number | null = null;
  child.once('exit', (code, signal) => {
    exitCode = code;
    exit = signal === null ? `exited with code ${code}` : `was killed by ${signal}`;
  });
  child.once('error', (error) => {
    exit = `could not be run: ${error.message}`;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exit !== undefined) return { kind: 'exited', detail: exit, code: exitCode };
    if (await isHealthy(host, 500)) return undefined;
    await sleep(100);
  }
  return { kind: 'timeout', detail: `did not answer ${host}/health within ${Math.round(timeoutMs / 1000)} s` };
}
