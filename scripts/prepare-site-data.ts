/**
 * `node --import tsx scripts/prepare-site-data.ts <corpus dir> <out dir>`: the site's data folder
 * (src/lib/site/site-data.ts), run by buildSite in its own process so the full corpus is loaded,
 * written out and let go before Astro starts. Prints one line per step.
 */
import { loadCorpus } from '../src/lib/corpus/load.ts';
import { corpusStamp, prepareSiteData, siteSelection } from '../src/lib/site/site-data.ts';

const [corpusDir, outDir] = process.argv.slice(2);
if (!corpusDir || !outDir) {
  console.error('usage: prepare-site-data.ts <corpus dir> <out dir>');
  process.exit(2);
}
const started = Date.now();
const directives = siteSelection(loadCorpus(corpusDir));
console.log(`site data: ${directives.length} directives read from ${corpusDir}`);
const stamp = corpusStamp(corpusDir);
await prepareSiteData(directives, outDir, {
  ...(stamp ? { stamp } : {}),
  onProgress: (message) => console.log(`site data: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
});
