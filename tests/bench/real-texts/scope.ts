/** The real-texts bench's scope section: not written yet. */
import type { IngestedRecord } from './ingest-dev-set.ts';

export function printScope(ingested: readonly IngestedRecord[]): void {
  console.log(`\n## scope\n\nnot measured yet (${ingested.length} records)`);
}
