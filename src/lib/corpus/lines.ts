/**
 * The lines of a text file, read synchronously a chunk at a time: a file of any size can be read
 * without ever holding it as one string (Node's strings stop at about 512 MB), and callers that are
 * synchronous (page builds, module-level test data) stay so. Each line comes with where it sits in
 * the file, so a reader can note the places on a first pass and read the lines again one at a time,
 * in another order (the site build: page-data/site-source.ts), without keeping them.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 4 << 20;
const NEWLINE = 0x0a;

/** A line and its place: `offset` of its first byte, `bytes` up to (not including) its "\n". */
export interface LineSpan {
  text: string;
  offset: number;
  bytes: number;
}

/** Each line of `file` without its line ending ("\n" or "\r\n"); no empty line after a final newline. */
export function* readLines(file: string): Generator<string> {
  for (const span of readLineSpans(file)) yield span.text;
}

/** The same lines with their places in the file (in bytes, the "\r" of a "\r\n" counted in the line). */
export function* readLineSpans(file: string): Generator<LineSpan> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    // A line cut between chunks is held as bytes until whole, so no UTF-8 character is split.
    let pending: Buffer[] = [];
    let lineStart = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const chunk = buffer.subarray(0, read);
      let start = 0;
      let end = chunk.indexOf(NEWLINE, start);
      while (end !== -1) {
        const tail = chunk.subarray(start, end);
        const line = pending.length > 0 ? Buffer.concat([...pending, tail]) : tail;
        pending = [];
        yield { text: withoutCr(line.toString('utf8')), offset: lineStart, bytes: line.length };
        lineStart += line.length + 1;
        start = end + 1;
        end = chunk.indexOf(NEWLINE, start);
      }
      // Copied: the buffer is read into again.
      if (start < read) pending.push(Buffer.from(chunk.subarray(start)));
    }
    if (pending.length > 0) {
      const line = Buffer.concat(pending);
      yield { text: withoutCr(line.toString('utf8')), offset: lineStart, bytes: line.length };
    }
  } finally {
    closeSync(fd);
  }
}

/** The line of an open file at a place readLineSpans gave, as text. */
export function readLineAt(fd: number, span: Pick<LineSpan, 'offset' | 'bytes'>): string {
  const bytes = Buffer.allocUnsafe(span.bytes);
  let done = 0;
  while (done < span.bytes) {
    const read = readSync(fd, bytes, done, span.bytes - done, span.offset + done);
    if (read === 0) throw new Error(`the file ended at byte ${span.offset + done}, inside a line it held before`);
    done += read;
  }
  return withoutCr(bytes.toString('utf8'));
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
