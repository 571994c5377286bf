/**
 * Where the pages get their data. Listings read the prepared summaries (site-data.ts); a directive's
 * page reads its own directive; nothing a listing loads holds a clause's or a directive's full text.
 *
 * CHITHI_SITE_DATA names a folder buildSite prepared before starting Astro (its comparison files may
 * still be on their way: SiteData.families and the final copy wait for them). Without it (a plain
 * `astro build` or `astro dev`), the folder is prepared here on first use, into .chithi/site-data/,
 * from CHITHI_CORPUS_DIR or .chithi/corpus/, and reused while the corpus file is unchanged.
 */
import { join } from 'node:path';
import type { Directive } from '../directive/schema.ts';
import { corpusDir, workDir } from '../paths.ts';
import type { DirectiveCard } from './directive-card.ts';
import { corpusStamp, SiteData } from './site-data.ts';
import { isPreparedFrom, prepareSiteData } from './site-parts.ts';
import { corpusSiteSource } from './site-source.ts';

export { sortByDate } from './site-data.ts';

let prepared: Promise<SiteData> | undefined;

/** The prepared data of this build. */
export function siteData(): Promise<SiteData> {
  prepared ??= openSiteData();
  return prepared;
}

async function openSiteData(): Promise<SiteData> {
  const given = process.env['CHITHI_SITE_DATA'];
  if (given) return new SiteData(given);
  const source = process.env['CHITHI_CORPUS_DIR'] ?? corpusDir();
  const dir = join(workDir(), 'site-data');
  const stamp = corpusStamp(source);
  if (!isPreparedFrom(dir, stamp)) {
    await prepareSiteData(corpusSiteSource(source), dir, stamp ? { stamp } : {});
  }
  return new SiteData(dir);
}

/** The site's directives as listings show them, oldest first. */
export async function siteCards(): Promise<DirectiveCard[]> {
  return (await siteData()).cards();
}

/** One directive, whole. */
export async function siteDirective(id: string): Promise<Directive> {
  return (await siteData()).directive(id);
}
