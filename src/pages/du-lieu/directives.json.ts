/** /du-lieu/directives.json: every directive of the site, documented on /du-lieu. */
import type { APIRoute } from 'astro';
import { siteDirectives } from '../../lib/site/corpus.ts';
import { directivesDownload } from '../../lib/site/directives-json.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(directivesDownload(siteDirectives())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
