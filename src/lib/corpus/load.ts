/**
 * The ingested corpus, as `chithi ingest` wrote it. Every later stage (index, pages, comparison)
 * reads directives through here, never by parsing content/ again. The file is checked on the way in:
 * its schema version, then every directive against the zod `Directive` schema, so that a corpus
 * written by another version of chithi (or edited by hand) is refused with a message naming the file,
 * the directive and the field, instead of breaking a page somewhere later.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Directive } from '../directive/schema.ts';
import type { IngestReport } from '../ingest/report.ts';
import { corpusDir, displayPath } from '../paths.ts';
import { CORPUS_FILE, CORPUS_SCHEMA_VERSION } from './format.ts';

export class CorpusMissingError extends Error {
  constructor(dir: string) {
    super(`no corpus in ${dir}: run \`npx chithi ingest\` first`);
    this.name = 'CorpusMissingError';
  }
}

/** The corpus file is there but cannot be used as it is. */
export class CorpusInvalidError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem} (run \`npx chithi ingest\` again)`);
    this.name = 'CorpusInvalidError';
  }
}

const cache = new Map<string, Directive[]>();

/** The directives of the corpus in `dir` (default .chithi/corpus/), in file order. */
export function loadCorpus(dir: string = corpusDir()): Directive[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  const file = join(dir, CORPUS_FILE);
  if (!existsSync(file)) throw new CorpusMissingError(dir);
  const directives = parseCorpus(readFileSync(file, 'utf8'), displayPath(file));
  cache.set(dir, directives);
  return directives;
}

/** The directives of a corpus file's text; `file` names it in errors. */
export function parseCorpus(text: string, file: string): Directive[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusInvalidError(file, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const version = Array.isArray(json) ? 0 : (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== CORPUS_SCHEMA_VERSION) {
    const was = typeof version === 'number' ? `schema version ${version}` : 'no schema version';
    throw new CorpusInvalidError(file, `written with ${was}; this chithi reads version ${CORPUS_SCHEMA_VERSION}`);
  }
  const directives = (json as { directives?: unknown }).directives;
  if (!Array.isArray(directives)) throw new CorpusInvalidError(file, 'has no "directives" list');
  directives.forEach((directive: unknown, index) => {
    const checked = Directive.safeParse(directive);
    if (checked.success) return;
    const issue = checked.error.issues[0]!;
    const id = (directive as { id?: unknown } | null)?.id;
    const which = `directive ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
    const field = issue.path.length > 0 ? `field ${issue.path.join('.')}` : 'the directive itself';
    throw new CorpusInvalidError(file, `${which} does not match the schema at ${field}: ${issue.message}`);
  });
  // Validated: the objects are the schema's output type (its brands are compile-time only).
  return directives as Directive[];
}

export function loadIngestReport(dir: string = corpusDir()): IngestReport {
  const file = join(dir, 'report.json');
  if (!existsSync(file)) throw new CorpusMissingError(dir);
  return JSON.parse(readFileSync(file, 'utf8')) as IngestReport;
}
