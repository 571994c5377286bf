/**
 * The search settings the search page is built with: the server's address, the search-only key and
 * the index name — public by design (they end up in the page). Read at build time from the file
 * indexing writes (.chithi/search-config.json), or from CHITHI_SEARCH_CONFIG (the end-to-end tests
 * point a build at their own server). Null when there is none or it is unreadable: the page then
 * says search is unavailable, and the rest of the site is built as usual.
 */
import { existsSync, readFileSync } from 'node:fs';
import { PublicSearchConfig, publicSearchConfigPath } from '../search/public-config.ts';

export type SiteSearchConfig = PublicSearchConfig;

export const searchConfigPath = (): string => process.env['CHITHI_SEARCH_CONFIG'] ?? publicSearchConfigPath();

export function siteSearchConfig(file: string = searchConfigPath()): SiteSearchConfig | null {
  if (!existsSync(file)) return null;
  try {
    // A strict schema: a file with any other field (a master key, say) is refused, not published.
    const parsed = PublicSearchConfig.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
