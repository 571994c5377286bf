/** /du-lieu/clauses.csv: one row per clause, documented on /du-lieu. */
import type { APIRoute } from 'astro';
import { siteDirectives } from '../../lib/site/corpus.ts';
import { clausesCsv } from '../../lib/site/clauses-csv.ts';

export const GET: APIRoute = () =>
  new Response(clausesCsv(siteDirectives()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
