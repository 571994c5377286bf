/**
 * Issue 12, item 7, at the search page's URL: `tu`/`den` must be days of the calendar. An
 * impossible one is dropped (the search runs without it) and the page says which value it ignored.
 */
import { describe, expect, test } from 'vitest';
import { decodeStateWithNotes, isIsoDay } from '../../../src/lib/page-data/search-state.ts';
import { emptyRequest } from '../../../src/lib/search/request.ts';

describe('dates in the search URL', () => {
  test('an impossible date is dropped, and the note names the value and the parameter', () => {
    const { state, notes } = decodeStateWithNotes('?q=c%C3%A1ch+ly&tu=2021-02-30&den=2021-13-45');
    expect(state).toEqual({ ...emptyRequest(), q: 'cách ly' });
    expect(notes).toEqual([
      'Bỏ qua ngày không hợp lệ “2021-02-30” (tu=…): ngày viết dạng NNNN-TT-NN.',
      'Bỏ qua ngày không hợp lệ “2021-13-45” (den=…): ngày viết dạng NNNN-TT-NN.',
    ]);
  });

  test('real days are kept without a note, leap day included', () => {
    const { state, notes } = decodeStateWithNotes('?tu=2020-02-29&den=2021-12-31');
    expect(state).toMatchObject({ from: '2020-02-29', to: '2021-12-31' });
    expect(notes).toEqual([]);
  });

  test('a very long bad value is named only in part', () => {
    const { notes } = decodeStateWithNotes(`?tu=${'9'.repeat(500)}`);
    expect(notes[0]!.length).toBeLessThan(120);
  });

  test.each([
    ['2021-07-22', true],
    ['2021-02-29', false],
    ['2021-04-31', false],
    ['2021-7-22', false],
    ['22/07/2021', false],
  ])('isIsoDay(%s) is %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});
