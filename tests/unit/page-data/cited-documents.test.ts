import { describe, expect, test } from 'vitest';
import { citedBy, citedDocuments } from '../../../src/lib/page-data/cited-documents.ts';
import { directiveCard } from '../../../src/lib/page-data/directive-card.ts';
import { seed } from '../../setup/seeds.ts';
import { DirectiveId, IsoDate, type Directive } from '../../../src/lib/directive/schema.ts';

describe('citedDocuments', () => {
  const sonLa = seed('son-la-2021-ct-ubnd-thay-the-24');

  test('a cited document outside the corpus is listed without a link', () => {
    const cited = citedDocuments(sonLa, [sonLa].map(directiveCard));
    expect(cited.map((c) => [c.citation.number, c.relationLabel, c.href])).toEqual([
      ['128/NQ-CP', 'triển khai thực hiện', null],
      ['24/CT-UBND', 'thay thế', null],
    ]);
  });

  test('a cited document in the corpus is linked, even when its number is spelt differently', () => {
    // A variation: the directive Sơn La replaces, with its number printed Party-style.
    const replaced = {
      ...seed('son-la-2021-ct-ubnd-thay-the-24'),
      id: DirectiveId.parse('son-la-2021-07-24-24-ct-ubnd'),
    };
    replaced.number = { provenance: 'provided', value: '24-CT/UBND', source: 'test' };
    const links = citedDocuments(sonLa, [sonLa, replaced].map(directiveCard)).map((c) => c.href);
    expect(links).toEqual([null, '/van-ban/son-la-2021-07-24-24-ct-ubnd']);
    expect(citedBy(replaced, [sonLa, replaced].map(directiveCard)).map((d) => d.id)).toEqual([sonLa.id]);
  });
});

describe('citations resolved by province and year', () => {
  const sonLa = seed('son-la-2021-ct-ubnd-thay-the-24');
  /** A directive numbered 24/CT-UBND, of a province and a day, written by the test from the seed. */
  function numbered24(id: string, province: { id: string; name: string }, date: string) {
    const d = { ...seed('son-la-2021-ct-ubnd-thay-the-24'), id: DirectiveId.parse(id), citations: [] };
    d.number = { provenance: 'provided', value: '24/CT-UBND', source: 'test' };
    d.province = { provenance: 'provided', value: province, source: 'test' };
    d.date = { provenance: 'provided', value: IsoDate.parse(date), source: 'test' };
    return d;
  }
  /** Sơn La's directive with its citation of 24/CT-UBND printed without a date, and its own date `date`. */
  function citingWithoutYear(date: string | null): Directive {
    return {
      ...sonLa,
      date: date ? { provenance: 'provided', value: IsoDate.parse(date), source: 'test' } : null,
      citations: sonLa.citations.map((c) => (c.number === '24/CT-UBND' ? { ...c, date: null } : c)),
    };
  }
  const sonLaProvince = sonLa.province!.value;
  const other = { id: 'dien-bien', name: 'Điện Biên' };
  const link24 = (citer: Directive, corpus: Directive[]) =>
    citedDocuments(citer, [citer, ...corpus].map(directiveCard)).find((c) => c.citation.number === '24/CT-UBND')!.href;

  test("links the citing province's 24/CT-UBND, not another province's that comes later in the list", () => {
    const own = numbered24('son-la-2021-07-01-24-ct-ubnd', sonLaProvince, '2021-07-01');
    const elsewhere = numbered24('dien-bien-2021-07-02-24-ct-ubnd', other, '2021-07-02');
    expect(link24(sonLa, [own, elsewhere])).toBe('/van-ban/son-la-2021-07-01-24-ct-ubnd');
    const cards = [sonLa, own, elsewhere].map(directiveCard);
    expect(citedBy(own, cards).map((d) => d.id)).toEqual([sonLa.id]);
    expect(citedBy(elsewhere, cards)).toEqual([]);
  });

  test('leaves unlinked a citation that two directives of the province fit, or only another province’s', () => {
    const of2020 = numbered24('son-la-2020-04-01-24-ct-ubnd', sonLaProvince, '2020-04-01');
    const of2021 = numbered24('son-la-2021-07-01-24-ct-ubnd', sonLaProvince, '2021-07-01');
    const citer = citingWithoutYear(null);
    expect(link24(citer, [of2020, of2021])).toBeNull();
    expect(citedBy(of2021, [citer, of2020, of2021].map(directiveCard))).toEqual([]);
    expect(link24(sonLa, [numbered24('dien-bien-2021-07-02-24-ct-ubnd', other, '2021-07-02')])).toBeNull();
  });

  test('the year printed beside the number, or the citing date, picks one of the namesakes', () => {
    const of2020 = numbered24('son-la-2020-04-01-24-ct-ubnd', sonLaProvince, '2020-04-01');
    const of2021 = numbered24('son-la-2021-07-01-24-ct-ubnd', sonLaProvince, '2021-07-01');
    // "Chỉ thị số 24/CT-UBND ngày 24/7/2021": the seed prints the year.
    expect(link24(sonLa, [of2020, of2021])).toBe('/van-ban/son-la-2021-07-01-24-ct-ubnd');
    // No year printed, but the 2022 namesake is dated after the citing text: no text names a later one.
    const later = numbered24('son-la-2022-01-05-24-ct-ubnd', sonLaProvince, '2022-01-05');
    expect(link24(citingWithoutYear('2021-08-01'), [of2020, later])).toBe('/van-ban/son-la-2020-04-01-24-ct-ubnd');
  });
});
