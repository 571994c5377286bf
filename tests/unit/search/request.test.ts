import { describe, expect, test } from 'vitest';
import { completeRequest, emptyRequest, SEARCH_DEFAULTS } from '../../../src/lib/search/request.ts';
import { decodeState, encodeState } from '../../../src/lib/page-data/search-state.ts';

/** The defaults, written out: what the search page and `chithi search` send when told nothing. */
const DEFAULT = {
  q: '',
  provinces: [],
  regions: [],
  years: [],
  months: [],
  types: [],
  issuers: [],
  measures: [],
  from: '',
  to: '',
  inForce: '',
  maxGathering: null,
  minQuarantine: null,
  exact: false,
  sort: 'relevance' as const,
  page: 1,
  limit: 10,
};

describe('the search request and its defaults', () => {
  test('words alone: relevance order, the first page of ten', () => {
    expect(completeRequest({ q: 'cách ly' })).toEqual({ ...DEFAULT, q: 'cách ly' });
  });

  test('the search page at / asks exactly that, and a link never carries the page size', () => {
    expect(decodeState('')).toEqual(DEFAULT);
    expect(encodeState({ ...DEFAULT, q: 'cách ly', limit: 50 })).toBe('q=c%C3%A1ch+ly');
  });

  test('a page size or page out of bounds is brought within them', () => {
    expect(completeRequest({ q: '', limit: 500, page: 0 })).toMatchObject({ limit: 100, page: 1 });
    expect(completeRequest({ q: '', limit: 0, page: 5000 })).toMatchObject({ limit: 1, page: 1000 });
    expect(completeRequest({ q: '', limit: Number.NaN, page: 2.7 })).toMatchObject({ limit: 1, page: 2 });
  });

  test('each empty request has lists of its own: filling one leaves the defaults alone', () => {
    const request = emptyRequest();
    request.provinces = [...request.provinces, 'thanh-hoa'];
    (emptyRequest().regions as string[]).push('bac-trung-bo');
    expect(SEARCH_DEFAULTS.regions).toEqual([]);
    expect(emptyRequest()).toEqual(DEFAULT);
  });
});
