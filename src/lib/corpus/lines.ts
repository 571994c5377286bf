/**
 * The lines of a text file, read synchronously a chunk at a time: a file of any size can be read
 * without ever holding it as one string (Node's strings stop at about 512 MB), and callers that are
 * synchronous (page builds, module-level test data) stay so.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 4 << 20;

/** Each line of `file` without its line ending ("\n" or "\r\n"); no empty line after a final newline. */
export function* readLines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    // UTF-8 characters cut between two chunks are held back by the decoder until whole.
    const decoder = new StringDecoder('utf8');
    let pending = '';
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      const text = read > 0 ? decoder.write(buffer.subarray(0, read)) : decoder.end();
      if (read === 0 && text === '') break;
      let start = 0;
      let end = text.indexOf('\n');
      while (end !== -1) {
        yield withoutCr(pending + text.slice(start, end));
        pending = '';
        start = end + 1;
        end = text.indexOf('\n', start);
      }
      pending += text.slice(start);
      if (read === 0) break;
    }
    if (pending !== '') yield withoutCr(pending);
  } finally {
    closeSync(fd);
  }
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
