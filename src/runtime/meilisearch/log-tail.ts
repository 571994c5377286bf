import { readFileSync } from 'node:fs';

/** Meilisearch colours its log even into a file. */
const ANSI_ESCAPE = /\x1b\[[0-9;]*m/g;

/**
 * The last `count` meaningful lines of the server log, for error messages. With RUST_BACKTRACE
 * set, a failed start ends in ~30 lines of stack frames after "Stack backtrace:"; the line that
 * says what went wrong ("Error: Address already in use (os error 98)") comes before them.
 */
export function readLogTail(logFile: string, count = 12): string {
  let text: string;
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    return '(no log written)';
  }
  const lines = text.replace(ANSI_ESCAPE, '').split('\n');
  const backtrace = lines.findIndex((line) => line.startsWith('Stack backtrace:'));
  const meaningful = (backtrace === -1 ? lines : lines.slice(0, backtrace)).filter((line) => line.trim() !== '');
  return meaningful.slice(-count).join('\n');
}
