import { describe, expect, test } from 'vitest';
import { decodeState, encodeState, hasFilters, toggleFacet } from '../../../src/lib/page-data/search-state.ts';
import { emptyRequest } from '../../../src/lib/search/request.ts';

describe('the search state in the URL', () => {
  test('the empty search is the bare page', () => {
    expect(encodeState(emptyRequest())).toBe('');
  });

  test('a full search survives the round trip through the query string', () => {
    const state = {
      ...emptyRequest(),
      q: 'cách ly tập trung',
      provinces: ['thanh-hoa', 'nghe-an'],
      years: ['2021'],
      measures: ['quarantine-isolation'],
      from: '2021-07-01',
      to: '2021-12-31',
      exact: true,
      sort: 'date-desc' as const,
      page: 3,
    };
    const query = encodeState(state);
    expect(query).toBe(
      'q=c%C3%A1ch+ly+t%E1%BA%ADp+trung&tinh=thanh-hoa&tinh=nghe-an&nam=2021&bien-phap=quarantine-isolation' +
        '&tu=2021-07-01&den=2021-12-31&dau=1&sap-xep=date-desc&trang=3',
    );
    expect(decodeState(query)).toEqual(state);
  });

  test('malformed values fall back to the defaults instead of breaking the page', () => {
    const state = decodeState('?trang=-4&sap-xep=best&tu=22/7/2021&dau=yes&tinh=&tinh=son-la&tinh=son-la');
    expect(state).toEqual({ ...emptyRequest(), provinces: ['son-la'] });
  });

  test('picking a facet value goes back to page 1; picking it again removes it', () => {
    const picked = toggleFacet({ ...emptyRequest(), page: 4 }, 'provinces', 'nghe-an');
    expect(picked).toMatchObject({ provinces: ['nghe-an'], page: 1 });
    expect(hasFilters(picked)).toBe(true);
    expect(toggleFacet(picked, 'provinces', 'nghe-an').provinces).toEqual([]);
  });
});
