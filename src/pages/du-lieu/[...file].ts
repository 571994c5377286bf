/**
 * /du-lieu/<file>: every download the site data holds (src/lib/downloads/downloads.ts) — clauses.csv.gz,
 * directives.jsonl.gz, in-force.csv.gz, tinh/<province>.*, van-ban/<id>.json and .txt, schema.json, and for a small
 * corpus clauses.csv and directives.json — served as the bytes that were written, never re-encoded.
 * A production build copies them instead (lib/page-data/copy-prepared.ts): this route serves `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { copiedByBuild } from '../../lib/page-data/copy-prepared.ts';
import { readFile } from 'node:fs/promises';
import { siteData } from '../../lib/page-data/corpus.ts';
import { IN_FORCE_CSV } from '../../lib/in-force/in-force-csv.ts';

export const getStaticPaths = (async () => {
  if (copiedByBuild()) return [];
  const data = await siteData();
  const files = [
    'schema.json',
    IN_FORCE_CSV,
    ...data.aggregates().downloads.files.map((f) => f.path),
    ...data.cards().flatMap((d) => [`van-ban/${d.id}.json`, `van-ban/${d.id}.txt`]),
  ];
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const file = String(params['file']);
  return new Response(await readFile(data.downloadPath(file)));
};
