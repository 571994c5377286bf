/**
 * The corpus file is checked on the way in (issue 11, item 1): a schema version, then every directive
 * against the zod `Directive` schema. A file from an older chithi, or with one directive that does not
 * match, is refused with a message naming the file, the directive and the field, and what to do.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS_SCHEMA_VERSION, serializeCorpus } from '../../../src/lib/corpus/format.ts';
import { CorpusInvalidError, loadCorpus, parseCorpus } from '../../../src/lib/corpus/load.ts';
import { Directive, type Directive as DirectiveType } from '../../../src/lib/directive/schema.ts';
import { ingestDirectory, writeCorpus } from '../../../src/lib/ingest/ingest.ts';
import { projectRoot } from '../../../src/lib/paths.ts';

const run = promisify(execFile);
let root: string;
let seeds: DirectiveType[];

/** A corpus folder holding `text` as its directives.json. */
function corpusFolder(name: string, text: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'directives.json'), text);
  return dir;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'chithi-corpus-load-'));
  ({ directives: seeds } = await ingestDirectory({ cache: join(root, 'cache') }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadCorpus', () => {
  test('reads back what ingest wrote, every directive valid against the schema', async () => {
    const dir = join(root, 'written');
    await writeCorpus({ directives: seeds, report: {} as never }, dir);
    const loaded = loadCorpus(dir);
    expect(loaded.map((d) => d.id)).toEqual(seeds.map((d) => d.id));
    for (const d of loaded) expect(Directive.safeParse(d).success).toBe(true);
  });

  test('refuses the unversioned array of older versions, saying to ingest again', () => {
    const dir = corpusFolder('v0', JSON.stringify(seeds));
    expect(() => loadCorpus(dir)).toThrow(CorpusInvalidError);
    expect(() => loadCorpus(dir)).toThrow(
      `${join(dir, 'directives.json')}: written with schema version 0; this chithi reads version ${CORPUS_SCHEMA_VERSION} (run \`npx chithi ingest\` again)`,
    );
  });

  test('refuses another schema version', () => {
    const text = JSON.stringify({ schemaVersion: CORPUS_SCHEMA_VERSION + 1, directives: seeds });
    expect(() => parseCorpus(text, 'x/directives.json')).toThrow(
      /^x\/directives\.json: written with schema version 2; this chithi reads version 1 \(run `npx chithi ingest` again\)$/,
    );
  });

  test('names the directive and the field when one directive lacks a required field', () => {
    const [first, second, ...rest] = seeds;
    const { measures: _, ...withoutMeasures } = second!;
    const text = JSON.stringify({
      schemaVersion: CORPUS_SCHEMA_VERSION,
      directives: [first, withoutMeasures, ...rest],
    });
    expect(() => parseCorpus(text, 'c/directives.json')).toThrow(
      `c/directives.json: directive 2 (${second!.id}) does not match the schema at field measures: Invalid input: expected array, received undefined (run \`npx chithi ingest\` again)`,
    );
  });

  test('names a nested field by its path', () => {
    const broken = structuredClone(seeds[0]!) as unknown as { clauses: { text: unknown }[] };
    broken.clauses[0]!.text = 42;
    const text = serializeCorpus([broken as unknown as DirectiveType]);
    expect(() => parseCorpus(text, 'c/directives.json')).toThrow(
      /directive 1 \(.+\) does not match the schema at field clauses\.0\.text: /,
    );
  });

  test('says so when the file is not JSON', () => {
    expect(() => parseCorpus('{"schemaVersion": 1, "direc', 'c/directives.json')).toThrow(
      /^c\/directives\.json: not valid JSON \(.+\) \(run `npx chithi ingest` again\)$/,
    );
  });

  test('`chithi index` refuses an old corpus with that message, before touching Meilisearch', async () => {
    const dir = corpusFolder('v0-cli', JSON.stringify(seeds));
    const failed = await run(process.execPath, [join(projectRoot(), 'scripts/chithi.mjs'), 'index', '--corpus', dir], {
      cwd: projectRoot(),
      env: { ...process.env, MEILI_HOST: 'http://127.0.0.1:9', MEILI_MASTER_KEY: 'unused' },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).not.toBe(0);
    expect(failed?.stderr).toContain(
      'written with schema version 0; this chithi reads version 1 (run `npx chithi ingest` again)',
    );
  });
});
