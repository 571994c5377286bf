/**
 * The comparison's data as the site build prepared it (lib/page-data/site-data.ts, before Astro starts):
 * the instruction families for /so-sanh and its paged list, and each file the island fetches, read
 * from disk by its own route. Nothing here builds the alignment index or loads the corpus.
 */
import { readFile } from 'node:fs/promises';
import type { InstructionFamily } from '../../lib/compare/index.ts';
import { siteData } from '../../lib/page-data/corpus.ts';

/** Families on a page of /so-sanh/nhom/<n>. */
export const FAMILIES_PER_PAGE = 25;

export async function siteFamilies(): Promise<InstructionFamily[]> {
  return (await siteData()).families();
}

/** A prepared comparison file (its path under /so-sanh/), served as the bytes that were written. */
export async function compareFileResponse(path: string): Promise<Response> {
  const body = await readFile((await siteData()).comparePath(path));
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}
