/**
 * The ingest cache: a file's outcome (its directive, or why it was rejected) stored under a hash of
 * everything that outcome depends on, so that re-ingesting 5,000 files where one changed parses one.
 *
 * The key is computed from the bytes on disk before anything is read or extracted (a cached scan is
 * not OCR'd again): sha256 of the file's bytes, its sidecar's bytes, its path as the report shows it
 * (the directive's id and messages come from it), the size limit, and the code version (code-version.ts),
 * so a parser change invalidates every entry. Entries live in .chithi/cache/ingest/, one JSON file
 * each, written atomically; a damaged entry is a miss. Timeouts and crashes are never cached: they
 * depend on the machine, not on the file. A hit refreshes the entry's time; entries unused for
 * `MAX_AGE_DAYS` are removed (looked for at most once a day), so files long gone, a folder ingested
 * once, and outcomes of older code do not pile up.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { displayPath, workDir } from '../paths.ts';
import { codeVersion } from './code-version.ts';
import type { FileJob, FileOutcome } from './ingest-file.ts';

export const defaultCacheDir = (): string => join(workDir(), 'cache', 'ingest');

/** Bumped when the shape of a stored outcome changes. */
const ENTRY_FORMAT = 'chithi-ingest-cache-1';
const MAX_AGE_DAYS = 30;
/**
 * Files up to this size are hashed, and so cached: the largest a reader accepts (a PDF or a scan may
 * weigh up to 64 MiB, the formats work's limit). A larger file goes to a worker uncached, to be refused.
 */
const LARGEST_HASHED = 64 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Its time is when the cache was last pruned. */
const PRUNED_MARK = 'last-pruned';

export class IngestCache {
  constructor(readonly dir: string = defaultCacheDir()) {}

  /**
   * The key for a job, or null when the file cannot be hashed safely (too large, not a regular file
   * any more, unreadable): such a file goes to a worker uncached, and readSource says what is wrong.
   * The read options are part of the key: a raised size or page limit changes the outcome.
   */
  async keyOf(job: FileJob): Promise<string | null> {
    const bytes = await readRegularFile(job.path, Math.max(job.read.maxBytes ?? 0, LARGEST_HASHED));
    if (!bytes) return null;
    const sidecar = job.sidecar ? await readRegularFile(job.sidecar, LARGEST_HASHED) : null;
    if (job.sidecar && !sidecar) return null;
    const hash = createHash('sha256');
    for (const part of [ENTRY_FORMAT, codeVersion(), displayPath(job.path), JSON.stringify(job.read)])
      hash.update(part).update('\0');
    hash.update(bytes).update('\0');
    if (job.sidecar && sidecar) hash.update(displayPath(job.sidecar)).update('\0').update(sidecar);
    return hash.digest('hex');
  }

  async get(key: string): Promise<FileOutcome | null> {
    const path = this.#path(key);
    try {
      const outcome = JSON.parse(await readFile(path, 'utf8')) as FileOutcome;
      const now = new Date();
      await utimes(path, now, now);
      return outcome;
    } catch {
      return null;
    }
  }

  /** Removes entries unused for MAX_AGE_DAYS; does nothing if that was done less than a day ago. */
  async prune(now = Date.now()): Promise<number> {
    const mark = join(this.dir, PRUNED_MARK);
    const last = await stat(mark).then(
      (info) => info.mtimeMs,
      () => 0,
    );
    if (now - last < DAY_MS) return 0;
    let removed = 0;
    for (const shard of await readdir(this.dir).catch(() => [])) {
      if (shard.length !== 2) continue;
      for (const name of await readdir(join(this.dir, shard)).catch(() => [])) {
        const path = join(this.dir, shard, name);
        const info = await stat(path).catch(() => null);
        if (info && now - info.mtimeMs > MAX_AGE_DAYS * DAY_MS) {
          await rm(path, { force: true });
          removed++;
        }
      }
    }
    await mkdir(this.dir, { recursive: true });
    await writeFile(mark, new Date(now).toISOString());
    return removed;
  }

  async put(key: string, outcome: FileOutcome): Promise<void> {
    const path = this.#path(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(outcome));
    await rename(temp, path);
  }

  #path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** The file's bytes, refusing to follow a link (O_NOFOLLOW) or read more than `maxBytes`. */
async function readRegularFile(path: string, maxBytes: number): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile() || info.size > maxBytes) return null;
    return await handle.readFile();
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
