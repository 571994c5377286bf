/**
 * What the site and the CLI's search need to reach the index: the host, the search-only key and the
 * index uid. Written by indexing to .chithi/search-config.json, published in the search page. It
 * never holds the master key: the type has no field for one, and writing refuses a config whose key
 * is the master key.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { workDir } from '../paths.ts';

export const PublicSearchConfig = z.strictObject({
  host: z.url(),
  /** A key with the `search` action on `indexes` only. */
  searchKey: z.string().min(1),
  indexes: z.strictObject({ clauses: z.string().min(1), directives: z.string().min(1).optional() }),
});
export type PublicSearchConfig = z.output<typeof PublicSearchConfig>;

export const publicSearchConfigPath = (): string => join(workDir(), 'search-config.json');

export class SearchConfigMissingError extends Error {
  constructor(file: string) {
    super(`no search configuration in ${file}: run \`npx chithi index\` first`);
    this.name = 'SearchConfigMissingError';
  }
}

/** Writes the config (readable by all: it is public by design); returns the file written. */
export function writePublicSearchConfig(
  config: PublicSearchConfig,
  file: string = publicSearchConfigPath(),
  masterKey?: string,
): string {
  const checked = PublicSearchConfig.parse(config);
  if (masterKey !== undefined && checked.searchKey === masterKey) {
    throw new Error('refusing to write the master key into the public search configuration');
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(checked, null, 2)}\n`, { mode: 0o644 });
  return file;
}

export function readPublicSearchConfig(file: string = publicSearchConfigPath()): PublicSearchConfig {
  if (!existsSync(file)) throw new SearchConfigMissingError(file);
  return PublicSearchConfig.parse(JSON.parse(readFileSync(file, 'utf8')));
}
