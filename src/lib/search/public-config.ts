/**
 * What the site and the CLI's search need to reach the index: the host, the search-only key and the
 * index uid. Written by indexing to .chithi/search-config.json, published in the search page and
 * beside it as /search-config.json, which the page reads at run time (live-config.ts). It
 * never holds the master key: the type has no field for one, and writing refuses a config whose key
 * is the master key.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { projectRoot, workDir } from '../paths.ts';
import { RUNTIME_CONFIG_FILE } from './runtime-config-file.ts';

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

/**
 * The copy the built site fetches at run time (`/search-config.json`, see live-config.ts): written
 * into dist/ by the build, and refreshed in place whenever the project's config changes, so a
 * restarted server or a new search key reaches the pages without a rebuild.
 */
export const runtimeSearchConfigPath = (): string => join(projectRoot(), 'dist', RUNTIME_CONFIG_FILE);

/**
 * Writes the config (readable by all: it is public by design); returns the file written. Writing
 * the project's own config also refreshes the built site's runtime copy, when there is a build.
 */
export function writePublicSearchConfig(
  config: PublicSearchConfig,
  file: string = publicSearchConfigPath(),
  masterKey?: string,
): string {
  const checked = PublicSearchConfig.parse(config);
  if (masterKey !== undefined && checked.searchKey === masterKey) {
    throw new Error('refusing to write the master key into the public search configuration');
  }
  writeJson(file, checked);
  const runtime = runtimeSearchConfigPath();
  if (file === publicSearchConfigPath() && existsSync(dirname(runtime))) writeJson(runtime, checked);
  return file;
}

/**
 * After the project's Meilisearch came back on another address: the same key and index at the new
 * host. Returns the file rewritten, or undefined when there is no config or it already says so.
 */
export function movePublicSearchHost(host: string, file: string = publicSearchConfigPath()): string | undefined {
  let current: PublicSearchConfig;
  try {
    current = readPublicSearchConfig(file);
  } catch {
    return undefined;
  }
  // Only a config naming the project's own server (loopback) follows it; one for MEILI_HOST stays.
  if (current.host === host || !current.host.startsWith('http://127.0.0.1:')) return undefined;
  return writePublicSearchConfig({ ...current, host }, file);
}

/** Temp file + rename: a page fetching the config mid-write gets the old file or the new, never half. */
function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o644 });
  renameSync(temp, file);
}

export function readPublicSearchConfig(file: string = publicSearchConfigPath()): PublicSearchConfig {
  if (!existsSync(file)) throw new SearchConfigMissingError(file);
  return PublicSearchConfig.parse(JSON.parse(readFileSync(file, 'utf8')));
}
