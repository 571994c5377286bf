import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MeiliServerError } from '../../lib/search/meili-server-error.ts';

/** 32 random bytes → 43 base64url characters; Meilisearch wants at least 16 bytes in production. */
const MASTER_KEY_BYTES = 32;
const OWNER_ONLY = 0o600;

/**
 * Reads the master key, creating it on first use. The file is the only place the key is written:
 * it reaches Meilisearch through the MEILI_MASTER_KEY environment variable, never argv.
 */
export function readOrCreateMasterKey(keyFile: string): string {
  try {
    return readExistingKey(keyFile);
  } catch (error) {
    if (!isMissingFile(error)) throw error;
  }
  mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
  const key = randomBytes(MASTER_KEY_BYTES).toString('base64url');
  try {
    // 'wx' fails if another process created the file meanwhile; then its key wins.
    writeFileSync(keyFile, `${key}\n`, { flag: 'wx', mode: OWNER_ONLY });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readExistingKey(keyFile);
    throw error;
  }
}

function readExistingKey(keyFile: string): string {
  const key = readFileSync(keyFile, 'utf8').trim();
  // A copied or restored file may have lost its mode; tighten it rather than refuse to start.
  if ((statSync(keyFile).mode & 0o077) !== 0) chmodSync(keyFile, OWNER_ONLY);
  if (Buffer.byteLength(key) < 16) {
    throw new MeiliServerError(
      `The master key in ${keyFile} is shorter than 16 bytes.`,
      `Delete ${keyFile} to generate a new one (API keys made with the old key will stop working).`,
    );
  }
  return key;
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
