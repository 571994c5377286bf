/** The real-texts bench's measures section: not written yet. */
import type { IngestedRecord } from './ingest-dev-set.ts';

export function printMeasures(ingested: readonly IngestedRecord[]): void {
  console.log(`\n## measures\n\nnot measured yet (${ingested.length} records)`);
}
