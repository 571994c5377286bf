/**
 * Waiting for a Meilisearch task to end, for the indexer and the benchmarks.
 *
 * Why not the client's `waitTask()`: meilisearch-js 0.62 hands one AbortSignal (its timeout) to
 * every poll of a wait, and each request made with it adds an abort listener. Node's own fetch
 * raises the signal's listener limit and hides this; under the benchmarks' node:http fetch
 * (tests/bench/search-http.ts) every wait of more than ten polls printed a
 * MaxListenersExceededWarning — 48 in one scale run. Polling `getTask` against a deadline of our
 * own needs no signal, whatever fetch is underneath.
 */
import type { EnqueuedTask, Meilisearch, Task } from 'meilisearch';

export interface AwaitTaskOptions {
  /** Give up after this long (the task keeps running in Meilisearch). */
  timeoutMs: number;
  /** Pause between polls. */
  intervalMs?: number;
}

export class TaskTimeoutError extends Error {
  constructor(taskUid: number, timeoutMs: number) {
    super(
      `Meilisearch task ${taskUid} had not finished after ${Math.round(timeoutMs / 1000)} s; ` +
        `it may still be running: see GET /tasks/${taskUid} on the server.`,
    );
    this.name = 'TaskTimeoutError';
  }
}

/** The task once it has succeeded, failed or been canceled. */
export async function awaitTask(
  client: Meilisearch,
  enqueued: EnqueuedTask | PromiseLike<EnqueuedTask>,
  { timeoutMs, intervalMs = 50 }: AwaitTaskOptions,
): Promise<Task> {
  const { taskUid } = await enqueued;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status !== 'enqueued' && task.status !== 'processing') return task;
    if (performance.now() > deadline) throw new TaskTimeoutError(taskUid, timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
