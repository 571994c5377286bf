import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SiteData, siteSelection } from '../../../src/lib/page-data/site-data.ts';
import { prepareSiteData } from '../../../src/lib/page-data/site-parts.ts';
import { allSeeds, seed } from '../../setup/seeds.ts';
import { DirectiveId } from '../../../src/lib/directive/schema.ts';

describe('prepareSiteData', () => {
  const synthetic = { ...seed('hung-yen-2021-05-08-261-cv-tu'), id: DirectiveId.parse('synthetic-1'), synthetic: true };
  const directives = siteSelection([...allSeeds(), synthetic]);
  let dir = '';
  let data: SiteData;
  const progress: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chithi-site-data-'));
    await prepareSiteData(directives, dir, { onProgress: (m) => progress.push(m) });
    data = new SiteData(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('leaves synthetic directives out and keeps the rest oldest first', () => {
    expect(data.cards().map((c) => c.id)).toEqual([
      'hai-duong-2020-08-28-tbkl-ban-thuong-vu',
      'hung-yen-2021-05-08-261-cv-tu',
      'thanh-hoa-2021-07-22-329-cv-tu',
      'nghe-an-2021-08-07-07-ct-tu',
      'son-la-2021-ct-ubnd-thay-the-24',
    ]);
  });

  test('what every listing loads holds no clause or directive text', () => {
    const cards = readFileSync(join(dir, 'cards.json'), 'utf8');
    const aggregates = readFileSync(join(dir, 'aggregates.json'), 'utf8');
    for (const d of directives) {
      expect(cards).not.toContain(d.text.original.slice(200, 300));
      expect(aggregates).not.toContain(d.text.original.slice(200, 300));
    }
    for (const card of data.cards()) expect(Object.keys(card)).not.toContain('clauses');
    // Under 1 KB a directive: at 20,000 directives, a few megabytes for every listing page.
    expect(statSync(join(dir, 'cards.json')).size / directives.length).toBeLessThan(2_000);
  });

  test("a directive's page reads that directive whole, as ingested", async () => {
    const thanhHoa = directives.find((d) => d.id === 'thanh-hoa-2021-07-22-329-cv-tu');
    expect(await data.directive('thanh-hoa-2021-07-22-329-cv-tu')).toEqual(thanhHoa);
  });

  test('the aggregates count what the directives hold, and the build says what it did', () => {
    const { coverage, matrix, measures } = data.aggregates();
    expect(coverage.directives).toBe(5);
    expect(coverage.clauses).toBe(directives.reduce((n, d) => n + d.clauses.length, 0));
    expect(matrix.rows).toHaveLength(5);
    const vaccination = measures.find((m) => m.measureId === 'vaccination');
    expect(vaccination?.clauses).toBe(
      directives.flatMap((d) => d.clauses).filter((c) => c.measures.includes('vaccination')).length,
    );
    expect(progress).toHaveLength(6);
    expect(progress).toContainEqual(
      expect.stringMatching(
        // The seeds name documents the corpus does not hold (24/CT-UBND, central ones): none resolves.
        /^in force: \d+ change rows, 0 of [1-9]\d* relations resolved$/,
      ),
    );
  });

  test('the comparison files are written at their /so-sanh/ paths, so Astro only copies them', async () => {
    const { AlignmentIndex, computeFamilies, toComparable } = await import('../../../src/lib/compare/index.ts');
    const { frequencyTable, measureData } = await import('../../../src/lib/compare/site/build-files.ts');
    const read = (path: string) => JSON.parse(readFileSync(data.comparePath(path), 'utf8')) as unknown;
    const comparables = directives.map(toComparable);
    const index = new AlignmentIndex(comparables);
    expect(read('van-ban/nghe-an-2021-08-07-07-ct-tu.json')).toEqual(
      comparables.find((d) => d.id === 'nghe-an-2021-08-07-07-ct-tu'),
    );
    expect(read('tan-suat.json')).toEqual(frequencyTable(index));
    expect(read('bien-phap/vaccination.json')).toEqual(JSON.parse(JSON.stringify(measureData(index, 'vaccination'))));
    expect((read('van-ban.json') as Array<{ id: string }>).map((d) => d.id)).toEqual(directives.map((d) => d.id));
    const families = await data.families();
    expect(families).toEqual(computeFamilies(index));
    expect(families.length).toBeGreaterThan(0);
  });

  test('the build copies the downloads and the comparison files into the site, byte for byte, and not families.json', async () => {
    const { copyPreparedFiles } = await import('../../../src/lib/page-data/copy-prepared.ts');
    const dist = mkdtempSync(join(tmpdir(), 'chithi-site-dist-'));
    try {
      // Astro writes the two comparison files without parameters itself: the prepared ones replace them.
      mkdirSync(join(dist, 'so-sanh'), { recursive: true });
      writeFileSync(join(dist, 'so-sanh', 'tan-suat.json'), 'stale');
      const report = await copyPreparedFiles(data, dist);
      const id = 'nghe-an-2021-08-07-07-ct-tu';
      for (const [copied, prepared] of [
        [`du-lieu/van-ban/${id}.json`, data.downloadPath(`van-ban/${id}.json`)],
        [`du-lieu/van-ban/${id}.txt`, data.downloadPath(`van-ban/${id}.txt`)],
        ['du-lieu/clauses.csv.gz', data.downloadPath('clauses.csv.gz')],
        [`so-sanh/van-ban/${id}.json`, data.comparePath(`van-ban/${id}.json`)],
        ['so-sanh/tan-suat.json', data.comparePath('tan-suat.json')],
        ['so-sanh/bien-phap/vaccination.json', data.comparePath('bien-phap/vaccination.json')],
      ] as const) {
        expect(readFileSync(join(dist, copied)).equals(readFileSync(prepared)), copied).toBe(true);
      }
      expect(existsSync(join(dist, 'so-sanh', 'families.json'))).toBe(false);
      // Each directive's JSON and text, its comparison file, and the corpus-wide files.
      expect(report.files).toBeGreaterThan(3 * directives.length);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
