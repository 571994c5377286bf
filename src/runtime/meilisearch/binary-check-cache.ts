import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * What we learnt about one binary file. Keyed by path, size and mtime: replacing or editing the
 * file changes at least one of them, so a stale entry is never trusted.
 */
const CheckedBinary = z.object({
  size: z.number(),
  mtimeMs: z.number(),
  sha256: z.string(),
  /** `meilisearch --version` output, when we had to ask (binaries that are not the pinned build). */
  version: z.string().optional(),
});
export type CheckedBinary = z.output<typeof CheckedBinary>;

const CacheFile = z.record(z.string(), CheckedBinary);

/** The sha256 of `path`, read from the cache when the file has not changed since it was hashed. */
export async function cachedSha256(path: string, cacheFile: string): Promise<CheckedBinary> {
  const { size, mtimeMs } = statSync(path);
  const cached = readCache(cacheFile)[path];
  if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached;
  const entry: CheckedBinary = { size, mtimeMs, sha256: await sha256OfFile(path) };
  rememberCheck(cacheFile, path, entry);
  return entry;
}

export function rememberCheck(cacheFile: string, path: string, entry: CheckedBinary): void {
  const cache = readCache(cacheFile);
  cache[path] = entry;
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, `${JSON.stringify(cache, null, 2)}\n`);
}

function readCache(cacheFile: string): Record<string, CheckedBinary> {
  try {
    return CacheFile.parse(JSON.parse(readFileSync(cacheFile, 'utf8')));
  } catch {
    // Missing or unreadable: start afresh; the worst case is hashing once more.
    return {};
  }
}

function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
