/**
 * `npm run bench real-texts`: the parser and tagger on the development set of real directives
 * (`../shared/dev/`, read in place). Every text and file goes through the real ingest once; then
 * each section prints its tables from what came out:
 * - metadata: per field right / absent / wrong / invented, and the list of misses;
 * - measures: per measure precision and recall on the labelled passages, and the misses;
 * - scope: central and non-Covid documents (no province, no measure tags);
 * - in force: periods, relations, parameters where the set carries labels;
 * - files: the real scans and Word file, with their reader, OCR, fields, seconds and memory.
 * The parser and tagger were built looking at this set: its figures are FITS, not estimates. Without
 * the set (a fresh clone), it says so and prints nothing else.
 */
import { readDevSet } from './real-texts/dev-set.ts';
import { printFiles } from './real-texts/files.ts';
import { ingestDevSet } from './real-texts/ingest-dev-set.ts';
import { printInForce } from './real-texts/in-force.ts';
import { printMeasures } from './real-texts/measures.ts';
import { printMetadata } from './real-texts/metadata.ts';
import { printScope } from './real-texts/scope.ts';

export default async function realTextsBench(): Promise<void> {
  const set = readDevSet();
  if ('missing' in set) {
    console.log(`\n## real texts\n\n${set.missing}: skipped (set CHITHI_DEV_SET to its folder)`);
    return;
  }
  console.log(`\n# real texts: ${set.records.length} records of the development set (figures are fits)`);
  const ingested = await ingestDevSet(set.records);
  printMetadata(ingested);
  printMeasures(ingested);
  printScope(ingested);
  printInForce(ingested);
  printFiles(ingested);
}
