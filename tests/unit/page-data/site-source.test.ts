/**
 * The site build reads the corpus in two passes (issue 18): the first keeps each site directive's card
 * and its line's place, the second reads the lines again by place, in site order, one directive at a
 * time. What it builds must be what the same directives held in memory build, file for file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS_FILE, corpusLines, writeCorpusFile } from '../../../src/lib/corpus/format.ts';
import { CorpusInvalidError } from '../../../src/lib/corpus/load.ts';
import { DirectiveId, type Directive } from '../../../src/lib/directive/schema.ts';
import { directiveCard } from '../../../src/lib/page-data/directive-card.ts';
import { partsInOrder, prepareSiteData, SITE_PARTS, type SitePart } from '../../../src/lib/page-data/site-parts.ts';
import { corpusSiteSource, siteSelection } from '../../../src/lib/page-data/site-source.ts';
import { allSeeds, seed } from '../../setup/seeds.ts';

const NOW = new Date('2026-01-02T03:04:05Z');
let root = '';
let corpus = '';
let all: Directive[] = [];

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    // The parts' markers carry how long each part took.
    if (!relative(dir, path).startsWith('parts')) out.set(relative(dir, path), readFileSync(path));
  }
  return out;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'chithi-site-source-'));
  const synthetic = { ...seed('hung-yen-2021-05-08-261-cv-tu'), id: DirectiveId.parse('synthetic-1'), synthetic: true };
  // Newest first in the file, and a multi-byte text: the second pass must find each line by its bytes.
  all = allSeeds().toReversed();
  all.splice(2, 0, synthetic);
  corpus = join(root, 'corpus');
  await writeCorpusFile(all, corpus);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('corpusSiteSource', () => {
  test('cards in site order without synthetic directives, then each directive whole in that order', () => {
    const source = corpusSiteSource(corpus);
    const expected = siteSelection(all);
    expect(source.cards).toEqual(expected.map(directiveCard));
    expect([...source.directives()]).toEqual(expected);
    // A second pass reads them again.
    expect([...source.directives()].map((d) => d.id)).toEqual(expected.map((d) => d.id));
  });

  test('reads lines written with CRLF endings by their places', () => {
    const dir = join(root, 'crlf');
    const text = [...corpusLines(all)].join('\r\n');
    writeCorpusFileSync(dir, `${text}\r\n`);
    expect([...corpusSiteSource(dir).directives()]).toEqual(siteSelection(all));
  });

  test('a corpus file replaced between the two passes is refused, not misread', async () => {
    const dir = join(root, 'replaced');
    await writeCorpusFile(all, dir);
    const source = corpusSiteSource(dir);
    await writeCorpusFile(all.toReversed(), dir);
    expect(() => [...source.directives()]).toThrow(CorpusInvalidError);
    expect(() => [...source.directives()]).toThrow(/changed while it was read/);
  });

  test('the folder built from the corpus file is byte for byte the one built from the directives in memory', async () => {
    const fromFile = join(root, 'from-file');
    const fromMemory = join(root, 'from-memory');
    await prepareSiteData(corpusSiteSource(corpus), fromFile, { now: NOW });
    await prepareSiteData(all, fromMemory, { now: NOW });
    const a = files(fromFile);
    const b = files(fromMemory);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
    expect(a.has('aggregates.json') && a.has('downloads/clauses.csv.gz')).toBe(true);
  });
});

describe('the registry of site-data parts', () => {
  const part = (name: string, dependsOn: string[] = []): SitePart => ({
    name,
    dependsOn,
    beforePages: false,
    run: async () => {},
    publishes: [],
  });

  test('every part the build runs is named once and depends only on parts it knows', () => {
    const names = SITE_PARTS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of SITE_PARTS) for (const d of p.dependsOn) expect(names).toContain(d);
    expect(partsInOrder().map((p) => p.name)).toEqual(expect.arrayContaining(names));
  });

  test('orders parts after what they depend on, and refuses a cycle', () => {
    expect(() => partsInOrder([part('listings', ['comparison']), part('comparison', ['listings'])])).toThrow(
      /depend on each other: listings → comparison → listings/,
    );
  });
});

function writeCorpusFileSync(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, CORPUS_FILE), text);
}
