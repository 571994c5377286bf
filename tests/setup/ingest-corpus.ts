/**
 * Tests read the seed corpus the way the portal does, from .chithi/corpus/ — which a fresh clone
 * does not have yet. Ingest content/ once before any test file runs (about a second).
 */
import { ingestDirectory, writeCorpus } from '../../src/lib/ingest/ingest.ts';

export default async function setup(): Promise<void> {
  await writeCorpus(await ingestDirectory());
}
