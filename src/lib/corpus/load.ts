/**
 * The ingested corpus, as `chithi ingest` wrote it. Every later stage (index, pages, comparison)
 * reads directives through here, never by parsing content/ again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Directive } from '../directive/schema.ts';
import type { IngestReport } from '../ingest/ingest.ts';
import { corpusDir } from '../paths.ts';

export class CorpusMissingError extends Error {
  constructor(dir: string) {
    super(`no corpus in ${dir}: run \`npx chithi ingest\` first`);
    this.name = 'CorpusMissingError';
  }
}

const cache = new Map<string, Directive[]>();

/** The directives of the corpus in `dir` (default .chithi/corpus/), in file order. */
export function loadCorpus(dir: string = corpusDir()): Directive[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  const file = join(dir, 'directives.json');
  if (!existsSync(file)) throw new CorpusMissingError(dir);
  const directives = JSON.parse(readFileSync(file, 'utf8')) as Directive[];
  cache.set(dir, directives);
  return directives;
}

export function loadIngestReport(dir: string = corpusDir()): IngestReport {
  const file = join(dir, 'report.json');
  if (!existsSync(file)) throw new CorpusMissingError(dir);
  return JSON.parse(readFileSync(file, 'utf8')) as IngestReport;
}
