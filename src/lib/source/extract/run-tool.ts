/**
 * Runs an outside program (tesseract, pdftoppm) with a time limit, so no input can hang a run: a
 * page that makes Tesseract loop is killed after `timeoutMs` and reported, and the other files go on.
 */
import { execFile } from 'node:child_process';

export type ToolOutcome =
  | { ok: true; stdout: string }
  | { ok: false; reason: 'missing' | 'timeout' | 'failed'; message: string };

/** 64 MiB of output: a page of TSV is ~100 KB; more means something went wrong. */
const MAX_OUTPUT = 64 * 1024 * 1024;

export function runTool(program: string, args: string[], timeoutMs: number): Promise<ToolOutcome> {
  return new Promise((resolve) => {
    execFile(
      program,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return resolve({ ok: false, reason: 'missing', message: `${program} is not installed` });
        if ((error as { killed?: boolean }).killed) {
          return resolve({ ok: false, reason: 'timeout', message: `${program} ran past ${timeoutMs / 1000} s` });
        }
        const detail = stderr.trim().split('\n').at(-1) || error.message;
        resolve({ ok: false, reason: 'failed', message: `${program} failed: ${detail}` });
      },
    );
  });
}

/**
 * Work done in this process (pdfjs, mammoth, Readability) cannot be killed, but a run need not wait
 * for it: past `timeoutMs` the file is reported and the run goes on (the abandoned work is dropped
 * when it settles).
 */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
