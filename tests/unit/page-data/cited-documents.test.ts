import { describe, expect, test } from 'vitest';
import { citedBy, citedDocuments } from '../../../src/lib/page-data/cited-documents.ts';
import { directiveCard } from '../../../src/lib/page-data/directive-card.ts';
import { seed } from '../../setup/seeds.ts';
import { DirectiveId } from '../../../src/lib/directive/schema.ts';

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
