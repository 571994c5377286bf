/**
 * What the CLI prints goes to a terminal, and a directive's text is data from outside: an escape
 * sequence inside it ("\x1b]0;…", "\x1b[2J", a bidi override) would be obeyed by the terminal —
 * retitle the window, clear the screen, reorder what the reader sees. So every string written to
 * stdout and stderr loses its control characters, keeping only newline, tab and carriage return
 * (the progress bar redraws with it). JSON output is unaffected: JSON.stringify already escapes them.
 */

/** C0 and C1 controls except \t \n \r, DEL, and the Unicode bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/** Private-use marks the search command puts around matches, turned into colour after stripping. */
export const MARK_OPEN = '\ue000';
export const MARK_CLOSE = '\ue001';

let original: { out: typeof process.stdout.write; err: typeof process.stderr.write } | undefined;

/** Filters every string written to stdout and stderr through stripControls; idempotent. */
export function guardTerminal(): void {
  if (original) return;
  original = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  process.stdout.write = filtered(original.out);
  process.stderr.write = filtered(original.err);
}

/**
 * Writes a line whose controls were stripped by the caller and whose only escape codes are the
 * CLI's own (the search highlight): MARK_OPEN/MARK_CLOSE become `open`/`close`.
 */
export function writeMarkedLine(text: string, open: string, close: string): void {
  const line = `${stripControls(text).replaceAll(MARK_OPEN, open).replaceAll(MARK_CLOSE, close)}\n`;
  (original?.out ?? process.stdout.write.bind(process.stdout))(line);
}

function filtered(write: typeof process.stdout.write): typeof process.stdout.write {
  return ((chunk: unknown, ...rest: unknown[]) =>
    (write as (chunk: unknown, ...rest: unknown[]) => boolean)(
      typeof chunk === 'string' ? stripControls(chunk) : chunk,
      ...rest,
    )) as typeof process.stdout.write;
}
