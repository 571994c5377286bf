/**
 * An ingest worker: a child process (see pool.ts for why not a thread) that ingests one file at a time
 * for the parent, telling it each stage as it starts. It leads its own process group, so the parent
 * can stop it together with anything it started (Tesseract, pdftoppm) in one signal.
 */
import { publishedPath } from '../paths.ts';
import { ingestFile, warmUp, type FileJob, type FileOutcome, type IngestStage } from './ingest-file.ts';

export type WorkerRequest = { id: number; job: FileJob };
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'stage'; id: number; stage: IngestStage }
  | { type: 'done'; id: number; outcome: FileOutcome };

function send(message: WorkerMessage): void {
  process.send?.(message);
}

process.on('message', (request: WorkerRequest) => {
  const { id, job } = request;
  ingestFile(job, (stage) => send({ type: 'stage', id, stage })).then(
    (outcome) => send({ type: 'done', id, outcome }),
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      send({
        type: 'done',
        id,
        outcome: {
          ok: false,
          messages: [`${publishedPath(job.path)}: ingest failed: ${reason} (please report this file)`],
        },
      });
    },
  );
});

// The parent went away (finished, or was killed): take every process of this group down with us,
// so that no Tesseract outlives the run.
process.on('disconnect', () => {
  try {
    process.kill(-process.pid, 'SIGKILL');
  } catch {
    process.exit(0);
  }
});

try {
  warmUp();
} catch {
  // A parser that fails on the warm-up text fails on real files too, and says so there, per file.
}
send({ type: 'ready' });
