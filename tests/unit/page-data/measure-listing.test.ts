import { describe, expect, test } from 'vitest';
import { listMeasures } from '../../../src/lib/measures/index.ts';
import { EXCERPT_CHARS, LATEST_CLAUSES, measureListings } from '../../../src/lib/page-data/measure-listing.ts';
import { sortByDate } from '../../../src/lib/page-data/site-data.ts';
import { allSeeds } from '../../setup/seeds.ts';

describe('measureListings', () => {
  const seeds = sortByDate(allSeeds());
  const listings = measureListings(seeds, listMeasures());
  const of = (id: string) => listings.find((l) => l.measureId === id);

  test('counts every clause and directive ordering the measure, by province and by year', () => {
    for (const listing of listings) {
      const clauses = seeds.flatMap((d) => d.clauses.filter((c) => c.measures.includes(listing.measureId)));
      expect(listing.clauses).toBe(clauses.length);
      expect(listing.byProvince.reduce((n, p) => n + p.clauses, 0)).toBe(clauses.length);
    }
    expect(of('masks-5k')?.byProvince.find((p) => p.provinceId === 'thanh-hoa')?.clauses).toBe(1);
  });

  test('quotes the newest clauses first, at most LATEST_CLAUSES, each cut to EXCERPT_CHARS', () => {
    for (const listing of listings) {
      expect(listing.latest.length).toBe(Math.min(LATEST_CLAUSES, listing.clauses));
      for (const q of listing.latest) {
        expect(q.segments.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(EXCERPT_CHARS + 1);
      }
    }
    const order = seeds.map((d) => d.id);
    const vaccination = of('vaccination')?.latest.map((q) => order.indexOf(q.directiveId)) ?? [];
    expect(vaccination).toEqual([...vaccination].sort((a, b) => b - a));
  });
});
