/**
 * One date order for /tong-quan (page-data/site-data.ts sortByDate) and the comparison (compare/comparable.ts
 * byDate): the two used to disagree on an undated directive with a lower bound.
 */
import { describe, expect, test } from 'vitest';
import { byDate, directiveRef, toComparable } from '../../../src/lib/compare/comparable.ts';
import { sortByDate } from '../../../src/lib/page-data/site-data.ts';
import { DirectiveId } from '../../../src/lib/directive/schema.ts';
import { seed } from '../../setup/seeds.ts';

/**
 * The seeds, and two undated variants written here: Hải Dương's notice without the date the parser
 * inferred from the meeting it reports, so only its bound is left (not before 28/8/2020), and Sơn La's
 * text without its bound (it cites a document of 11/10/2021).
 */
function corpus() {
  const boundOnly = { ...seed('hai-duong-2020-08-28-tbkl-ban-thuong-vu'), date: null };
  const unbounded = {
    ...seed('son-la-2021-ct-ubnd-thay-the-24'),
    id: DirectiveId.parse('son-la-undated-unbounded'),
    dateBounds: null,
  };
  expect(boundOnly.dateBounds?.notBefore?.value).toBe('2020-08-28');
  return [
    seed('thanh-hoa-2021-07-22-329-cv-tu'),
    unbounded,
    seed('son-la-2021-ct-ubnd-thay-the-24'),
    seed('nghe-an-2021-08-07-07-ct-tu'),
    boundOnly,
    seed('hung-yen-2021-05-08-261-cv-tu'),
  ];
}

/** Oldest first; the bound-only notice at its bound (first), the one with no date and no bound last. */
const EXPECTED = [
  'hai-duong-2020-08-28-tbkl-ban-thuong-vu',
  'hung-yen-2021-05-08-261-cv-tu',
  'thanh-hoa-2021-07-22-329-cv-tu',
  'nghe-an-2021-08-07-07-ct-tu',
  'son-la-2021-ct-ubnd-thay-the-24',
  'son-la-undated-unbounded',
];

describe('the date order of directives', () => {
  test('/tong-quan and the listings: an undated directive at its earliest possible day, else last', () => {
    expect(sortByDate(corpus()).map((d) => d.id)).toEqual(EXPECTED);
  });

  test('the comparison orders its directives, and the column headings, the same way', () => {
    const comparable = corpus().map(toComparable);
    expect([...comparable].sort(byDate).map((d) => d.id)).toEqual(EXPECTED);
    expect(
      comparable
        .map(directiveRef)
        .sort(byDate)
        .map((d) => d.id),
    ).toEqual(EXPECTED);
  });

  test('the bound orders the directive but is not shown as its date', () => {
    const notice = corpus()
      .map(toComparable)
      .find((d) => d.id === 'hai-duong-2020-08-28-tbkl-ban-thuong-vu')!;
    expect(notice.date).toBeNull();
  });
});
