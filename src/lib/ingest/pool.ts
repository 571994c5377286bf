/**
 * A small pool of ingest workers with a wall-clock budget per file: one file can never hang ingest.
 *
 * Why child processes and not worker threads: a file's extraction may run Tesseract or pdftoppm as
 * child processes, and terminating a worker thread leaves those running (they belong to the process,
 * not the thread, and nothing ties them to the thread that started them). A forked worker that leads
 * its own process group is stopped with everything it started by one `kill(-pid)`. The cost is a
 * Node start per worker (not per file), about a second with tsx, paid only when some file is not in
 * the cache. A process also keeps a runaway file's memory out of the parent.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fileKindOf } from '../source/file-kinds.ts';
import type { FileJob, FileOutcome, IngestStage } from './ingest-file.ts';
import type { WorkerMessage, WorkerRequest } from './worker.ts';

/**
 * How long one file may take, from the moment a worker takes it:
 * - `fileMs`, 60 s, for reading and parsing a text, Word or HTML file: the largest seed (20 KB) takes
 *   about 0.1 s in a warm worker and a 2 MiB text (the default size limit) about 1.2 s, so a minute is
 *   a wide margin on a busy two-core machine, and still stops the quadratic cases (a 200,000-character
 *   line ran 15 minutes) long before a user gives up;
 * - `ocrMs`, 15 min, for reading a PDF or an image, which may mean OCR: Tesseract takes 5–20 s a page
 *   on two cores, so a long scan legitimately needs minutes. Its parsing then gets `fileMs` afresh.
 * Both are set with `chithi ingest --file-timeout` and `--ocr-timeout` (seconds).
 *
 * And how much memory: `memoryMb`, 1024 MB of resident memory per worker (`--max-memory`). A worker
 * starts at ~300 MB (tsx, the parser's word lists) and a 2 MiB directive peaks near 500 MB; the
 * readers' own bounds (zip-guard.ts, html-guard.ts, the text limit) keep real files below, and the
 * cap is what holds if a file gets past them: four workers can never take more than 4 GB. It is
 * enforced twice: V8's heap is capped (`--max-old-space-size`, three quarters of it: the rest is
 * code, buffers and the parser's data), and the pool reads each busy worker's peak resident size
 * from /proc every 200 ms (Linux; elsewhere only the heap cap holds) and stops it past the cap.
 */
export interface Budgets {
  fileMs: number;
  ocrMs: number;
  memoryMb: number;
}
export const DEFAULT_BUDGETS: Budgets = { fileMs: 60_000, ocrMs: 15 * 60_000, memoryMb: 1024 };

/** How often a busy worker's memory is read. */
const MEMORY_SAMPLE_MS = 200;

/**
 * `peakMb`: the worker's peak resident memory while on this file, where /proc tells it; `elapsedMs`:
 * from the moment the worker took the file.
 */
export type PoolResult =
  | { kind: 'done'; outcome: FileOutcome; elapsedMs: number; peakMb?: number }
  | { kind: 'timeout'; stage: IngestStage; budgetMs: number }
  | { kind: 'out-of-memory'; stage: IngestStage; limitMb: number; peakMb?: number }
  | { kind: 'crashed'; stage: IngestStage | 'starting'; reason: string };

interface Task {
  id: number;
  job: FileJob;
  resolve: (result: PoolResult) => void;
}

interface Slot {
  child: ChildProcess;
  state: 'starting' | 'idle' | 'busy' | 'dead';
  task?: Task | undefined;
  stage?: IngestStage | undefined;
  timer?: NodeJS.Timeout | undefined;
  memoryTimer?: NodeJS.Timeout | undefined;
  startedAt?: number | undefined;
  stderr: string;
}

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** tsx's loader, by absolute URL: the worker runs TypeScript from any working directory. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Workers that die before they are ready, in a row, before the pool gives up (a broken install). */
const MAX_START_FAILURES = 2;

export class IngestPool {
  readonly #size: number;
  readonly #budgets: Budgets;
  readonly #slots = new Set<Slot>();
  readonly #queue: Task[] = [];
  /** Workers stopped for running over time, until they have exited. */
  readonly #stopped: Promise<void>[] = [];
  #nextId = 1;
  #startFailures = 0;
  readonly #killAll = () => {
    for (const slot of this.#slots) killGroup(slot.child);
  };

  constructor(size: number, budgets: Budgets = DEFAULT_BUDGETS) {
    this.#size = Math.max(1, size);
    this.#budgets = budgets;
  }

  /** Ingests one file in a worker; resolves (never rejects) with its outcome, a timeout or a crash. */
  run(job: FileJob): Promise<PoolResult> {
    return new Promise((resolve) => {
      this.#queue.push({ id: this.#nextId++, job, resolve });
      this.#pump();
    });
  }

  /** Stops every worker and whatever it started, and waits until the workers are gone. */
  async close(): Promise<void> {
    const gone = [...this.#slots].map((slot) => exited(slot.child).then(() => groupGone(slot.child)));
    this.#killAll();
    this.#slots.clear();
    process.off('exit', this.#killAll);
    await Promise.all([...gone, ...this.#stopped]);
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (slot.state === 'idle') this.#dispatch(slot, this.#queue.shift()!);
    }
    const starting = [...this.#slots].filter((s) => s.state === 'starting').length;
    if (this.#queue.length > starting && this.#slots.size < this.#size) this.#spawn();
  }

  #spawn(): void {
    if (this.#slots.size === 0) process.on('exit', this.#killAll);
    const child = fork(WORKER, [], {
      detached: true, // its own process group: see killGroup
      execArgv: ['--import', TSX_LOADER, `--max-old-space-size=${Math.round(this.#budgets.memoryMb * 0.75)}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const slot: Slot = { child, state: 'starting', stderr: '' };
    this.#slots.add(slot);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      slot.stderr = (slot.stderr + chunk).slice(-2000);
    });
    child.on('message', (message: WorkerMessage) => this.#onMessage(slot, message));
    child.on('exit', (code, signal) => this.#onExit(slot, signal ? `killed by ${signal}` : `exit code ${code}`));
    child.on('error', (error) => this.#onExit(slot, error.message));
    this.#pump();
  }

  #onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      this.#startFailures = 0;
      slot.state = 'idle';
      this.#pump();
      return;
    }
    const task = slot.task;
    if (!task || message.id !== task.id) return;
    if (message.type === 'stage') {
      slot.stage = message.stage;
      // A scan's OCR has its own budget; its parsing gets the ordinary one afresh.
      if (message.stage === 'parsing' && mayNeedOcr(task.job)) this.#startClock(slot, 'parsing');
      return;
    }
    const peakMb = peakResidentMb(slot.child);
    const elapsedMs = Math.round(performance.now() - (slot.startedAt ?? performance.now()));
    this.#finish(slot, { kind: 'done', outcome: message.outcome, elapsedMs, ...(peakMb === null ? {} : { peakMb }) });
    slot.state = 'idle';
    this.#pump();
  }

  #dispatch(slot: Slot, task: Task): void {
    slot.state = 'busy';
    slot.task = task;
    slot.startedAt = performance.now();
    this.#startClock(slot, 'reading');
    this.#watchMemory(slot);
    slot.child.send({ id: task.id, job: task.job } satisfies WorkerRequest);
  }

  /** Resets the worker's peak-memory mark, then stops it if the file takes it past the cap. */
  #watchMemory(slot: Slot): void {
    resetPeak(slot.child);
    const limitMb = this.#budgets.memoryMb;
    slot.memoryTimer = setInterval(() => {
      const peakMb = peakResidentMb(slot.child);
      if (peakMb === null || peakMb <= limitMb) return;
      this.#stopped.push(exited(slot.child).then(() => groupGone(slot.child)));
      killGroup(slot.child);
      this.#finish(slot, { kind: 'out-of-memory', stage: slot.stage ?? 'reading', limitMb, peakMb });
      this.#retire(slot);
    }, MEMORY_SAMPLE_MS);
  }

  #startClock(slot: Slot, stage: IngestStage): void {
    clearTimeout(slot.timer);
    slot.stage = stage;
    const ocr = stage === 'reading' && slot.task !== undefined && mayNeedOcr(slot.task.job);
    const budgetMs = ocr ? this.#budgets.ocrMs : this.#budgets.fileMs;
    slot.timer = setTimeout(() => {
      this.#stopped.push(exited(slot.child).then(() => groupGone(slot.child)));
      killGroup(slot.child);
      this.#finish(slot, { kind: 'timeout', stage: slot.stage ?? stage, budgetMs });
      this.#retire(slot);
    }, budgetMs);
  }

  #finish(slot: Slot, result: PoolResult): void {
    clearTimeout(slot.timer);
    clearInterval(slot.memoryTimer);
    const task = slot.task;
    slot.task = undefined;
    slot.stage = undefined;
    task?.resolve(result);
  }

  #onExit(slot: Slot, how: string): void {
    if (slot.state === 'dead') return;
    const wasStarting = slot.state === 'starting';
    if (slot.task) {
      const stage = slot.stage ?? 'reading';
      if (/heap out of memory|Reached heap limit/.test(slot.stderr)) {
        this.#finish(slot, { kind: 'out-of-memory', stage, limitMb: this.#budgets.memoryMb });
      } else {
        const last = slot.stderr.trim().split('\n').pop() ?? '';
        const reason = `the worker stopped (${how})${last ? `: ${last}` : ''}`;
        this.#finish(slot, { kind: 'crashed', stage, reason });
      }
    }
    this.#retire(slot);
    if (wasStarting && ++this.#startFailures >= MAX_START_FAILURES) {
      const reason = `an ingest worker could not start (${how}): ${slot.stderr.trim().split('\n').slice(-3).join(' ')}`;
      for (const task of this.#queue.splice(0)) task.resolve({ kind: 'crashed', stage: 'starting', reason });
    }
  }

  #retire(slot: Slot): void {
    slot.state = 'dead';
    this.#slots.delete(slot);
    if (this.#slots.size === 0) process.off('exit', this.#killAll);
    this.#pump();
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Resolves once no process of the worker's group is left (Tesseract killed with it may take a moment
 * to be reaped), or after two seconds: a run that returns leaves nothing of itself running.
 */
async function groupGone(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  for (let waited = 0; waited < 2000; waited += 20) {
    try {
      process.kill(-child.pid, 0);
    } catch {
      return; // ESRCH: the group is empty
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Files that may go through OCR when read (scans, and PDFs whose pages have no text layer). */
function mayNeedOcr(job: FileJob): boolean {
  return fileKindOf(job.path)?.mayNeedOcr === true;
}

/**
 * The worker's peak resident memory (VmHWM) since the mark was last reset, in MB; null where there
 * is no /proc (macOS, Windows) or the worker is gone.
 */
function peakResidentMb(child: ChildProcess): number | null {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? null : Math.round(Number(kb) / 1024);
  } catch {
    return null;
  }
}

/** Writing 5 to clear_refs resets VmHWM to the current size (Linux 4.0+): each file's peak is its own. */
function resetPeak(child: ChildProcess): void {
  try {
    writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
  } catch {
    // no /proc, or not allowed: the peak then counts from the worker's start, which only overstates it
  }
}

/** SIGKILL to the worker's process group: the worker and every process it started. */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
