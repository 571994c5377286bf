/**
 * `node --import tsx scripts/prepare-site-data.ts <corpus dir> <out dir> <part>`: one part of the
 * site's data folder (src/lib/page-data/site-parts.ts names them: listings, comparison, …), run by
 * buildSite in a process of its own so the corpus is read, written out and let go outside Astro's
 * process. Reads the corpus a directive at a time (page-data/site-source.ts), marks the part done
 * when its files are all there, and prints one line per step.
 */
import { runPart, SITE_PARTS, sitePart } from '../src/lib/page-data/site-parts.ts';
import { corpusSiteSource } from '../src/lib/page-data/site-source.ts';

const [corpusDir, outDir, name] = process.argv.slice(2);
if (!corpusDir || !outDir || !name || !SITE_PARTS.some((p) => p.name === name)) {
  console.error(`usage: prepare-site-data.ts <corpus dir> <out dir> ${SITE_PARTS.map((p) => p.name).join('|')}`);
  process.exit(2);
}
const started = Date.now();
const onProgress = (message: string) =>
  console.log(`site data: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const source = corpusSiteSource(corpusDir);
onProgress(`${name}: ${source.cards.length} directives found in ${corpusDir}`);
await runPart(sitePart(name), { source, dir: outDir, onProgress });
