/** The real-texts bench's in-force section: not written yet. */
import type { IngestedRecord } from './ingest-dev-set.ts';

export function printInForce(ingested: readonly IngestedRecord[]): void {
  console.log(`\n## in-force\n\nnot measured yet (${ingested.length} records)`);
}
