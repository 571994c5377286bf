/**
 * The one accessor the site's islands (search, comparison) use to find the search server. The page
 * is built with a config baked in, but Meilisearch may since have restarted on another port or
 * been given a new search key; so the islands ask the site for `/search-config.json` — written
 * into dist/ by the build and refreshed by `chithi start` / `chithi index` / a server restart —
 * and use the baked-in config only when that file cannot be had (a static host that dropped it,
 * a network error). Browser-safe: fetch only, no zod (the page's bundle stays small), no Node.
 */
import type { PublicSearchConfig } from './public-config.ts';
import { RUNTIME_CONFIG_FILE } from './runtime-config-file.ts';

/** Long enough for a slow static host, short enough that search still starts promptly. */
const FETCH_TIMEOUT_MS = 3000;

/** The current config from the site, else `builtIn`. Never throws. */
export async function loadSearchConfig(
  builtIn: PublicSearchConfig | null,
  fetcher: typeof fetch = fetch,
): Promise<PublicSearchConfig | null> {
  try {
    const response = await fetcher(`/${RUNTIME_CONFIG_FILE}`, {
      // A restart changes this file under the same URL: never answer from the HTTP cache.
      cache: 'no-store',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) return builtIn;
    const fetched: unknown = await response.json();
    return isPublicSearchConfig(fetched) ? fetched : builtIn;
  } catch {
    return builtIn;
  }
}

/** The shape PublicSearchConfig's schema checks, without zod: http(s) host, key, clause index. */
export function isPublicSearchConfig(value: unknown): value is PublicSearchConfig {
  if (typeof value !== 'object' || value === null) return false;
  const { host, searchKey, indexes } = value as Record<string, unknown>;
  return (
    typeof host === 'string' &&
    /^https?:\/\/[^\s/]+/.test(host) &&
    typeof searchKey === 'string' &&
    searchKey.length > 0 &&
    typeof indexes === 'object' &&
    indexes !== null &&
    typeof (indexes as Record<string, unknown>)['clauses'] === 'string'
  );
}
