/** The real-texts bench's metadata section: not written yet. */
import type { IngestedRecord } from './ingest-dev-set.ts';

export function printMetadata(ingested: readonly IngestedRecord[]): void {
  console.log(`\n## metadata\n\nnot measured yet (${ingested.length} records)`);
}
