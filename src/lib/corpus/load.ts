/**
 * The ingested corpus, as `chithi ingest` wrote it (format.ts). Every later stage (index, pages,
 * comparison) reads directives through here, never by parsing content/ again. The file is read line by
 * line and checked on the way in: its schema version, then every directive against the zod `Directive`
 * schema, so that a corpus written by another version of chithi (or edited by hand) is refused with a
 * message naming the file, the line, the directive and the field, instead of breaking a page somewhere
 * later.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { Directive } from '../directive/schema.ts';
import type { IngestReport } from '../ingest/report.ts';
import { corpusDir, displayPath } from '../paths.ts';
import { CORPUS_FILE, CORPUS_SCHEMA_VERSION, LEGACY_CORPUS_FILE } from './format.ts';
import { readLineAt, readLines, readLineSpans, type LineSpan } from './lines.ts';

export class CorpusMissingError extends Error {
  constructor(dir: string) {
    super(`no corpus in ${dir}: run \`npx chithi ingest\` first`);
    this.name = 'CorpusMissingError';
  }
}

/** The corpus file is there but cannot be used as it is; `line` (1-based) says where, when known. */
export class CorpusInvalidError extends Error {
  constructor(file: string, problem: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${problem} (run \`npx chithi ingest\` again)`);
    this.name = 'CorpusInvalidError';
  }
}

/**
 * The directives of the corpus in `dir` (default .chithi/corpus/), in file order, all in memory: for
 * the commands that need them together (index, compare). Not kept after the call: the site build
 * reads the corpus a directive at a time instead (readCorpusEntries, openCorpusFile).
 */
export function loadCorpus(dir: string = corpusDir()): Directive[] {
  const file = corpusFile(dir);
  return parseCorpusLines(readLines(file), displayPath(file));
}

/** The directives of a corpus file's lines (header first, as corpusLines makes them); `file` names it in errors. */
export function parseCorpusLines(lines: Iterable<string>, file: string): Directive[] {
  const spans = (function* () {
    for (const text of lines) yield { text, offset: -1, bytes: -1 };
  })();
  return Array.from(corpusEntries(spans, file), (entry) => entry.directive);
}

/**
 * The same, one directive at a time, checked as parseCorpusLines checks them: for a reader that keeps
 * only part of each (the search documents, the comparison), so the whole corpus is never in memory at once.
 */
export function* readCorpus(dir: string = corpusDir()): Generator<Directive> {
  for (const entry of readCorpusEntries(dir)) yield entry.directive;
}

/** A checked directive and where its line is in the corpus file, to read it again (openCorpusFile). */
export interface CorpusEntry {
  directive: Directive;
  offset: number;
  bytes: number;
}

/** readCorpus with each directive's place in the file: a first pass that keeps only the places. */
export function* readCorpusEntries(dir: string = corpusDir()): Generator<CorpusEntry> {
  const file = corpusFile(dir);
  yield* corpusEntries(readLineSpans(file), displayPath(file));
}

/** Reads directives again by the places readCorpusEntries gave, one at a time; close() when done. */
export interface CorpusFileReader {
  read(place: { id: string; offset: number; bytes: number }): Directive;
  close(): void;
}

/**
 * The corpus file of `dir`, open for reading directives by place. Each was checked against the schema
 * on the first pass; here only its id is checked, so a file replaced in between is refused rather
 * than misread.
 */
export function openCorpusFile(dir: string = corpusDir()): CorpusFileReader {
  const file = corpusFile(dir);
  const fd = openSync(file, 'r');
  return {
    read(place) {
      let json: { id?: unknown } | null = null;
      try {
        json = JSON.parse(readLineAt(fd, place)) as { id?: unknown } | null;
      } catch {
        // Not a whole line any more: the file was rewritten.
      }
      if (json?.id !== place.id) {
        throw new CorpusInvalidError(
          displayPath(file),
          `changed while it was read (${place.id} is no longer where it was)`,
        );
      }
      return json as Directive;
    },
    close: () => closeSync(fd),
  };
}

function corpusFile(dir: string): string {
  const file = join(dir, CORPUS_FILE);
  if (!existsSync(file)) {
    const legacy = join(dir, LEGACY_CORPUS_FILE);
    if (existsSync(legacy)) throw outdated(displayPath(legacy), legacyVersion(legacy));
    throw new CorpusMissingError(dir);
  }
  return file;
}

function* corpusEntries(lines: Iterable<LineSpan>, file: string): Generator<CorpusEntry> {
  let count: number | undefined;
  let seen = 0;
  let lineNumber = 0;
  for (const { text: line, offset, bytes } of lines) {
    lineNumber++;
    const json = parseLine(line, file, lineNumber);
    if (count === undefined) {
      count = headerCount(json, file);
      continue;
    }
    const checked = Directive.safeParse(json);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const id = (json as { id?: unknown } | null)?.id;
      const which = `directive ${seen + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
      const field = issue.path.length > 0 ? `field ${issue.path.join('.')}` : 'the directive itself';
      throw new CorpusInvalidError(
        file,
        `${which} does not match the schema at ${field}: ${issue.message}`,
        lineNumber,
      );
    }
    seen++;
    // Validated: the line's object is the schema's output type (its brands are compile-time only).
    yield { directive: json as Directive, offset, bytes };
  }
  if (count === undefined) throw new CorpusInvalidError(file, 'is empty');
  if (seen !== count) {
    throw new CorpusInvalidError(file, `holds ${seen} directives where its header says ${count}`);
  }
}

function parseLine(line: string, file: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CorpusInvalidError(file, `not valid JSON (${why})`, lineNumber);
  }
}

/** The header's directive count, once its version is the one this chithi reads. */
function headerCount(json: unknown, file: string): number {
  const version = Array.isArray(json) ? 0 : (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== CORPUS_SCHEMA_VERSION) throw outdated(file, version);
  const count = (json as { count?: unknown }).count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new CorpusInvalidError(file, 'has no directive count in its header line', 1);
  }
  return count;
}

function outdated(file: string, version: unknown): CorpusInvalidError {
  const was = typeof version === 'number' ? `schema version ${version}` : 'no schema version';
  return new CorpusInvalidError(file, `written with ${was}; this chithi reads version ${CORPUS_SCHEMA_VERSION}`);
}

/**
 * The version of a directives.json written by an older chithi, from its first bytes only: the file
 * may be over a gigabyte. Version 0 was a bare array, version 1 `{"schemaVersion":1,"directives":[…]}`.
 */
function legacyVersion(file: string): number | undefined {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const start = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    if (/^\s*\[/.test(start)) return 0;
    const version = /^\s*\{\s*"schemaVersion"\s*:\s*(\d+)/.exec(start)?.[1];
    return version === undefined ? undefined : Number(version);
  } finally {
    closeSync(fd);
  }
}

export function loadIngestReport(dir: string = corpusDir()): IngestReport {
  const file = join(dir, 'report.json');
  if (!existsSync(file)) throw new CorpusMissingError(dir);
  return JSON.parse(readFileSync(file, 'utf8')) as IngestReport;
}
