/**
 * The corpus file is checked on the way in (issue 11, item 1): a schema version, then every directive
 * against the zod `Directive` schema. A file from an older chithi, or with one directive that does not
 * match, is refused with a message naming the file, the line, the directive and the field, and what to
 * do. The file is JSON Lines (a header, then one directive per line) so that 20,000 directives, over a
 * gigabyte, never have to be one string.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS_FILE, CORPUS_SCHEMA_VERSION, corpusLines, LEGACY_CORPUS_FILE } from '../../../src/lib/corpus/format.ts';
import { CorpusInvalidError, loadCorpus, parseCorpusLines } from '../../../src/lib/corpus/load.ts';
import { Directive, type Directive as DirectiveType } from '../../../src/lib/directive/schema.ts';
import { ingestDirectory, writeCorpus } from '../../../src/lib/ingest/ingest.ts';
import { projectRoot } from '../../../src/lib/paths.ts';

const run = promisify(execFile);
let root: string;
let seeds: DirectiveType[];

/** A corpus folder holding `text` as its file `name` (the current corpus file unless said). */
function corpusFolder(folder: string, text: string, name = CORPUS_FILE): string {
  const dir = join(root, folder);
  mkdirSync(dir);
  writeFileSync(join(dir, name), text);
  return dir;
}

/** The lines of a corpus of `directives`, as the writer makes them. */
function lines(directives: readonly unknown[]): string[] {
  return [...corpusLines(directives as DirectiveType[])];
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'chithi-corpus-load-'));
  ({ directives: seeds } = await ingestDirectory({ cache: join(root, 'cache') }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadCorpus', () => {
  test('reads back what ingest wrote: a header line, then one valid directive per line', async () => {
    const dir = join(root, 'written');
    await writeCorpus({ directives: seeds, report: {} as never }, dir);
    const text = readFileSync(join(dir, CORPUS_FILE), 'utf8');
    const written = text.trimEnd().split('\n');
    expect(JSON.parse(written[0]!)).toEqual({ schemaVersion: CORPUS_SCHEMA_VERSION, count: seeds.length });
    expect(written.slice(1).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(seeds.map((d) => d.id));
    // Written beside the file and renamed: nothing partial is left behind.
    expect(readdirSync(dir).sort()).toEqual([CORPUS_FILE, 'report.json']);
    const loaded = loadCorpus(dir);
    expect(loaded).toEqual(seeds);
    for (const d of loaded) expect(Directive.safeParse(d).success).toBe(true);
  });

  test('reads lines longer than its read chunk and characters cut between chunks', () => {
    // One directive of about 6 MB of Vietnamese text: more than the reader's 4 MB chunk, so the line
    // and likely some multi-byte character straddle two reads.
    const big = structuredClone(seeds[0]!);
    big.clauses[0]!.text = 'Ủy ban nhân dân tỉnh yêu cầu giãn cách. '.repeat(150_000);
    const dir = corpusFolder('long-line', `${lines([big, ...seeds.slice(1)]).join('\r\n')}\r\n`);
    const loaded = loadCorpus(dir);
    expect(loaded[0]!.clauses[0]!.text).toBe(big.clauses[0]!.text);
    expect(loaded.map((d) => d.id)).toEqual(seeds.map((d) => d.id));
  });

  test('refuses the directives.json of older versions, array or versioned document, saying to ingest again', () => {
    const v0 = corpusFolder('v0', JSON.stringify(seeds), LEGACY_CORPUS_FILE);
    expect(() => loadCorpus(v0)).toThrow(CorpusInvalidError);
    expect(() => loadCorpus(v0)).toThrow(
      `${join(v0, LEGACY_CORPUS_FILE)}: written with schema version 0; this chithi reads version 4 (run \`npx chithi ingest\` again)`,
    );
    const v1 = corpusFolder('v1', JSON.stringify({ schemaVersion: 1, directives: seeds }), LEGACY_CORPUS_FILE);
    expect(() => loadCorpus(v1)).toThrow(
      `${join(v1, LEGACY_CORPUS_FILE)}: written with schema version 1; this chithi reads version 4 (run \`npx chithi ingest\` again)`,
    );
  });

  test('refuses another schema version in the header line', () => {
    const header = JSON.stringify({ schemaVersion: CORPUS_SCHEMA_VERSION + 1, count: seeds.length });
    expect(() => parseCorpusLines([header, ...lines(seeds).slice(1)], 'x/directives.jsonl')).toThrow(
      /^x\/directives\.jsonl: written with schema version 5; this chithi reads version 4 \(run `npx chithi ingest` again\)$/,
    );
  });

  test('names the line, the directive and the field when one directive lacks a required field', () => {
    const [first, second, ...rest] = seeds;
    const { measures: _, ...withoutMeasures } = second!;
    expect(() => parseCorpusLines(lines([first, withoutMeasures, ...rest]), 'c/directives.jsonl')).toThrow(
      `c/directives.jsonl:3: directive 2 (${second!.id}) does not match the schema at field measures: Invalid input: expected array, received undefined (run \`npx chithi ingest\` again)`,
    );
  });

  test('names a nested field by its path', () => {
    const broken = structuredClone(seeds[0]!) as unknown as { clauses: { text: unknown }[] };
    broken.clauses[0]!.text = 42;
    expect(() => parseCorpusLines(lines([broken]), 'c/directives.jsonl')).toThrow(
      /^c\/directives\.jsonl:2: directive 1 \(.+\) does not match the schema at field clauses\.0\.text: /,
    );
  });

  test('names the line that is not JSON', () => {
    const written = lines(seeds);
    written[2] = written[2]!.slice(0, 40);
    expect(() => parseCorpusLines(written, 'c/directives.jsonl')).toThrow(
      /^c\/directives\.jsonl:3: not valid JSON \(.+\) \(run `npx chithi ingest` again\)$/,
    );
  });

  test('tells a file cut short from a whole one by the header count', () => {
    expect(() => parseCorpusLines(lines(seeds).slice(0, -1), 'c/directives.jsonl')).toThrow(
      `c/directives.jsonl: holds ${seeds.length - 1} directives where its header says ${seeds.length} (run \`npx chithi ingest\` again)`,
    );
    expect(() => loadCorpus(corpusFolder('empty', ''))).toThrow(/directives\.jsonl: is empty \(run/);
  });
});

/**
 * Issue 11's done-when: a corpus with one directive missing a required field, or of an older schema
 * version, is refused by every command that reads it — `chithi index`, the two site data steps a
 * build runs first (scripts/prepare-site-data.ts listings|comparison, as `chithi start` runs them)
 * and `npm run build` — with a message naming the file, the directive and the field. Each runs for real, in its own process, on a corpus in
 * a temporary folder; `chithi index` is pointed at a port where no Meilisearch listens, so it must
 * refuse before it reaches for one.
 */
describe('the commands that read a corpus refuse a bad one', () => {
  let made = 0;
  /** Directive 2 without the name every page shows it by; the header says version 4. */
  function missingField(): { dir: string; file: string; expected: string } {
    const [first, second, ...rest] = seeds;
    const { documentName: _, ...unnamed } = second!;
    const dir = corpusFolder(`missing-field-${++made}`, `${lines([first, unnamed, ...rest]).join('\n')}\n`);
    const file = join(dir, CORPUS_FILE);
    return {
      dir,
      file,
      expected: `${file}:3: directive 2 (${second!.id}) does not match the schema at field documentName: Invalid input: expected string, received undefined (run \`npx chithi ingest\` again)`,
    };
  }

  /** The JSON Lines file a chithi of schema version 2 wrote: no stored names. */
  function olderVersion(): { dir: string; file: string; expected: string } {
    const v2 = seeds.map(({ documentName: _n, issuerName: _i, citation: _c, ...rest }) => ({
      ...rest,
      clauses: rest.clauses.map(({ label: _l, ...clause }) => clause),
    }));
    const header = JSON.stringify({ schemaVersion: 2, count: v2.length });
    const dir = corpusFolder(`v2-${++made}`, `${[header, ...v2.map((d) => JSON.stringify(d))].join('\n')}\n`);
    const file = join(dir, CORPUS_FILE);
    return {
      dir,
      file,
      expected: `${file}: written with schema version 2; this chithi reads version 4 (run \`npx chithi ingest\` again)`,
    };
  }

  const corpora = { 'one directive missing a required field': missingField, 'an older schema version': olderVersion };
  const out = () => mkdtempSync(join(root, 'out-'));
  const commands: Record<string, (corpus: string) => [string, string[], NodeJS.ProcessEnv]> = {
    'chithi index': (corpus) => [
      process.execPath,
      ['scripts/chithi.mjs', 'index', '--corpus', corpus],
      { MEILI_HOST: 'http://127.0.0.1:9', MEILI_MASTER_KEY: 'unused' },
    ],
    'the listings step of a build': (corpus) => [
      process.execPath,
      ['--import', 'tsx', 'scripts/prepare-site-data.ts', corpus, out(), 'listings'],
      {},
    ],
    'the comparison step of a build': (corpus) => [
      process.execPath,
      ['--import', 'tsx', 'scripts/prepare-site-data.ts', corpus, out(), 'comparison'],
      {},
    ],
    'npm run build': (corpus) => ['npm', ['run', 'build', '--', '--outDir', out()], { CHITHI_CORPUS_DIR: corpus }],
  };
  const cases = Object.keys(corpora).flatMap((corpus) => Object.keys(commands).map((command) => [command, corpus]));

  test.each(cases)(
    '%s refuses a corpus with %s, naming the file, the directive and the field',
    async (command, corpus) => {
      const { dir, expected } = corpora[corpus as keyof typeof corpora]();
      const [bin, args, env] = commands[command]!(dir);
      const { CHITHI_SITE_DATA: _, ...inherited } = process.env;
      const failed = await run(bin, args, {
        cwd: projectRoot(),
        env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
        timeout: 280_000,
      }).then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed, `${command} succeeded`).not.toBeNull();
      expect(failed!.code).not.toBe(0);
      expect(`${failed!.stdout}\n${failed!.stderr}`).toContain(expected);
      // `npm run build` bundles the site with Vite before any page reads the corpus: about a minute here.
    },
    300_000,
  );
});
