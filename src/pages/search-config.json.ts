/**
 * /search-config.json: the search settings the islands read at run time (src/lib/search/live-config.ts),
 * emitted by the build from the same file the page bakes in. `chithi start`, `chithi index` and a
 * restarted Meilisearch rewrite dist/search-config.json in place, so the built pages follow the
 * server without a rebuild. `null` when the site was built without search.
 */
import type { APIRoute } from 'astro';
import { siteSearchConfig } from '../lib/page-data/search-config.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(siteSearchConfig()), { headers: { 'Content-Type': 'application/json' } });
