/**
 * `node --import tsx scripts/prepare-site-data.ts <corpus dir> <out dir> listings|comparison`: one
 * part of the site's data folder (src/lib/page-data/site-data.ts), run by buildSite in processes of their
 * own so the corpus is read, written out and let go outside Astro's process. The two parts run at
 * the same time: `listings` (cards, downloads, aggregates: Astro starts once it is done) and
 * `comparison` (the alignment index, families and the comparison's files: Astro's /so-sanh pages and
 * the copy at the end wait for it). Prints one line per step.
 */
import { loadCorpus } from '../src/lib/corpus/load.ts';
import { prepareComparison, prepareListings, siteComparables, siteSelection } from '../src/lib/page-data/site-data.ts';

const [corpusDir, outDir, part] = process.argv.slice(2);
if (!corpusDir || !outDir || (part !== 'listings' && part !== 'comparison')) {
  console.error('usage: prepare-site-data.ts <corpus dir> <out dir> listings|comparison');
  process.exit(2);
}
const started = Date.now();
const onProgress = (message: string) =>
  console.log(`site data: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (part === 'listings') {
  const directives = siteSelection(loadCorpus(corpusDir));
  console.log(`site data: ${directives.length} directives read from ${corpusDir}`);
  await prepareListings(directives, outDir, { onProgress });
} else {
  // Read a directive at a time, keeping only what the comparison reads: a fraction of the corpus.
  const comparables = siteComparables(corpusDir);
  onProgress(`comparison: ${comparables.length} directives read`);
  await prepareComparison(comparables, outDir, { onProgress });
}
