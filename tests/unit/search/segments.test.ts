import { describe, expect, test } from 'vitest';
import { toSegments } from '../../../src/lib/search/segments.ts';

/** From Sơn La's chỉ thị replacing Chỉ thị 24 (seed). */
const TEXT = 'cơ sở kinh doanh và người dân chưa nghiêm túc';

describe('toSegments', () => {
  test('cuts the whole text at the spans', () => {
    expect(toSegments(TEXT, [{ start: 0, end: 5 }])).toEqual([
      { text: 'cơ sở', match: true },
      { text: ' kinh doanh và người dân chưa nghiêm túc', match: false },
    ]);
  });

  test('a span that starts inside an earlier one is skipped: the first marked wins', () => {
    const start = TEXT.indexOf('kinh doanh');
    expect(
      toSegments(TEXT, [
        { start, end: start + 'kinh doanh'.length },
        { start: start + 5, end: start + 'kinh doanh và'.length },
      ]),
    ).toEqual([
      { text: 'cơ sở ', match: false },
      { text: 'kinh doanh', match: true },
      { text: ' và người dân chưa nghiêm túc', match: false },
    ]);
  });

  test('keeps to the window, cutting a span that crosses its edge', () => {
    const end = TEXT.indexOf(' chưa');
    expect(toSegments(TEXT, [{ start: 3, end: 16 }], { start: 6, end })).toEqual([
      { text: 'kinh doanh', match: true },
      { text: ' và người dân', match: false },
    ]);
  });
});
