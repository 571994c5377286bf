/**
 * Issue 17, item 4 and 3 at the search page's URL: `hieu-luc` is a day like `tu`/`den`, and the
 * range facets are `tu-tap` / `cach-ly` with the bounds the page offers. A bad value is dropped
 * and named, never silently searched without.
 */
import { describe, expect, test } from 'vitest';
import { decodeStateWithNotes, encodeState, hasFilters } from '../../../src/lib/page-data/search-state.ts';
import { emptyRequest } from '../../../src/lib/search/request.ts';

describe('the day in force and the range facets in the search URL', () => {
  test('read and written back the same', () => {
    const { state, notes } = decodeStateWithNotes('?hieu-luc=2021-08-15&tu-tap=10&cach-ly=14');
    expect(notes).toEqual([]);
    expect(state).toMatchObject({ inForce: '2021-08-15', maxGathering: 10, minQuarantine: 14 });
    expect(encodeState(state)).toBe('hieu-luc=2021-08-15&tu-tap=10&cach-ly=14');
    expect(hasFilters(state)).toBe(true);
  });

  test('an impossible day is dropped with a note naming it', () => {
    const { state, notes } = decodeStateWithNotes('?hieu-luc=2021-02-30');
    expect(state).toEqual(emptyRequest());
    expect(notes).toEqual(['Bỏ qua ngày hiệu lực không hợp lệ “2021-02-30” (hieu-luc=…): ngày viết dạng NNNN-TT-NN.']);
  });

  test('a bound the page does not offer is dropped with a note', () => {
    const { state, notes } = decodeStateWithNotes('?tu-tap=abc&cach-ly=9');
    expect(state).toMatchObject({ maxGathering: null, minQuarantine: null });
    expect(notes).toEqual([
      'Bỏ qua giá trị không hợp lệ “abc” (tu-tap=…): chọn một trong 2, 10, 20, 30.',
      'Bỏ qua giá trị không hợp lệ “9” (cach-ly=…): chọn một trong 7, 14, 21.',
    ]);
  });

  test('the empty search stays plain', () => {
    expect(encodeState(emptyRequest())).toBe('');
    expect(hasFilters(emptyRequest())).toBe(false);
  });
});
