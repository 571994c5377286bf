import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export interface TempDir {
  /** The folder, made on first use. */
  dir: () => Promise<string>;
  /** Writes a file into the folder and returns its path. */
  write: (name: string, content: string | Uint8Array) => Promise<string>;
}

/**
 * A fresh temporary folder per test, removed afterwards. Big or odd files (20 MB, sparse,
 * broken links) are made here and never committed.
 */
export function useTempDir(): TempDir {
  let current: string | undefined;
  afterEach(async () => {
    if (current) await rm(current, { recursive: true, force: true });
    current = undefined;
  });
  const dir = async (): Promise<string> => (current ??= await mkdtemp(join(tmpdir(), 'chithi-source-')));
  return {
    dir,
    write: async (name, content) => {
      const file = join(await dir(), name);
      await writeFile(file, content);
      return file;
    },
  };
}
