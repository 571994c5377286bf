import { open, stat, type FileHandle } from 'node:fs/promises';
import { decodeSource } from './decode-source.ts';
import { tooLargeIssue, unreadableIssue } from './source-issues.ts';
import { DEFAULT_MAX_BYTES, type ReadSourceOptions, type SourceReadResult } from './source-types.ts';

/**
 * Reads one source file into Unicode text, never throwing for a bad file: every problem
 * becomes an error result or a warning that names the file (and the line, where there is
 * one) and says what to do. See decode-source.ts for how the bytes are interpreted.
 *
 * The size is checked with stat before anything is read, and the read itself stops one
 * byte past the limit, so a 20 MB scan (or a file that grows meanwhile) never sits in memory.
 */
export async function readSource(path: string, options: ReadSourceOptions = {}): Promise<SourceReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`maxBytes must be a positive whole number of bytes, got ${maxBytes}`);
  }
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      const what = info.isDirectory() ? 'it is a folder' : 'it is not a regular file';
      return { ok: false, file: path, bytes: 0, error: unreadableIssue(path, what) };
    }
    size = info.size;
  } catch (error) {
    return { ok: false, file: path, bytes: 0, error: unreadableIssue(path, reasonOf(error)) };
  }
  if (size > maxBytes) return { ok: false, file: path, bytes: size, error: tooLargeIssue(path, size, maxBytes) };

  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(path, maxBytes + 1);
  } catch (error) {
    return { ok: false, file: path, bytes: size, error: unreadableIssue(path, reasonOf(error)) };
  }
  if (bytes.length > maxBytes) {
    return { ok: false, file: path, bytes: bytes.length, error: tooLargeIssue(path, bytes.length, maxBytes) };
  }
  const decoded = decodeSource(bytes, path);
  if (!decoded.ok) return { ok: false, file: path, bytes: bytes.length, error: decoded.error };
  const { text, encoding, warnings } = decoded;
  return { ok: true, file: path, text, encoding, bytes: bytes.length, warnings };
}

/** The file's first `limit` bytes (all of it when shorter). */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = new Uint8Array(limit);
    let filled = 0;
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle?.close();
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist (a broken link, or it was moved while reading)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ELOOP: 'it is a link that points back to itself',
  EMFILE: 'too many files are open',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}
