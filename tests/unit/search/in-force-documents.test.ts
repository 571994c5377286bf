/**
 * Issue 17, items 3 and 4 at the index: each search document carries its clause's period as two
 * day numbers and its numbers as one field per kind; the request turns a day and a bound into
 * the filter expressions the index runs.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import { OPEN_END } from '../../../src/lib/search/clause-period.ts';
import type { ClauseDoc } from '../../../src/lib/search/clause-doc.ts';
import { clauseDocuments } from '../../../src/lib/search/documents.ts';
import { filterClauses } from '../../../src/lib/search/filters.ts';
import { boundCounts, rangeFacet } from '../../../src/lib/search/range-facets.ts';
import { clauseIndexSettings } from '../../../src/lib/search/settings.ts';
import { inForceCorpus } from '../../setup/in-force-corpus.ts';
import { seedDirectives } from '../../setup/seeds.ts';

let corpus: Directive[];
const docsOf = (id: string): ClauseDoc[] => clauseDocuments(corpus.find((d) => d.id === id)!);
const doc = (id: string, clauseId: string) => docsOf(id).find((d) => d.clauseId === clauseId)!;

beforeAll(async () => {
  corpus = inForceCorpus(await seedDirectives());
});

describe('the period on each search document', () => {
  test('a stated period becomes two day numbers; an hour counts its whole day', () => {
    expect(doc('nghe-an-2021-08-07-07-ct-tu', '1')).toMatchObject({ inForceFrom: 20210807, inForceTo: 20210821 });
  });

  test('a clause’s own period wins over its directive’s', () => {
    expect(doc('nghe-an-2021-08-07-07-ct-tu', '2.-1')).toMatchObject({ inForceFrom: 20210810, inForceTo: 20210812 });
  });

  test('the preamble and the closing carry the directive’s period', () => {
    expect(doc('nghe-an-2021-08-07-07-ct-tu', 'mo-dau')).toMatchObject({ inForceFrom: 20210807, inForceTo: 20210821 });
  });

  test('an open end is the far-future sentinel; a stated end without a start starts on the date of issue', () => {
    expect(doc('son-la-2021-ct-ubnd-thay-the-24', '3.a')).toMatchObject({ inForceFrom: 20210801, inForceTo: OPEN_END });
    expect(doc('thanh-hoa-2021-07-22-329-cv-tu', '1')).toMatchObject({ inForceFrom: 20210722, inForceTo: 20210805 });
  });

  test('no stated period is unknown: both null, never a guess', () => {
    for (const d of docsOf('hung-yen-2021-05-08-261-cv-tu')) expect([d.inForceFrom, d.inForceTo]).toEqual([null, null]);
  });
});

describe('numeric parameters on each search document', () => {
  test('one field per kind, holding the strictest value', () => {
    expect(doc('nghe-an-2021-08-07-07-ct-tu', '1').p_max_gathering).toBe(10);
    expect(doc('hung-yen-2021-05-08-261-cv-tu', '1')).toMatchObject({ p_max_gathering: 2, p_quarantine_days: 14 });
  });

  test('a clause that sets no number has no parameter field at all (the index stays lean)', () => {
    const fields = Object.keys(doc('nghe-an-2021-08-07-07-ct-tu', '2'));
    expect(fields.filter((f) => f.startsWith('p_'))).toEqual([]);
  });

  test('the period and every parameter are filterable', () => {
    const { filterableAttributes } = clauseIndexSettings({});
    expect(filterableAttributes).toEqual(
      expect.arrayContaining(['inForceFrom', 'inForceTo', 'p_max_gathering', 'p_quarantine_days', 'p_curfew_from']),
    );
  });
});

describe('the filters a request makes', () => {
  test('a day in force: started on or before it, ended on or after it', () => {
    expect(filterClauses({ inForce: '2021-08-15' }).get('inForce')).toBe(
      'inForceFrom <= 20210815 AND inForceTo >= 20210815',
    );
  });

  test('a malformed day makes no filter', () => {
    expect(filterClauses({ inForce: '15/8/2021' }).has('inForce')).toBe(false);
  });

  test('range bounds: at most N people, at least N days', () => {
    const clauses = filterClauses({ maxGathering: 10, minQuarantine: 14 });
    expect(clauses.get('p_max_gathering')).toBe('p_max_gathering <= 10');
    expect(clauses.get('p_quarantine_days')).toBe('p_quarantine_days >= 14');
  });

  test('a bound’s count adds up every value within it', () => {
    expect(boundCounts(rangeFacet('maxGathering'), { '2': 1, '10': 3, '30': 2, '50': 4 })).toEqual({
      2: 1,
      10: 4,
      20: 4,
      30: 6,
    });
    expect(boundCounts(rangeFacet('minQuarantine'), { '14': 2, '21': 1 })).toEqual({ 7: 3, 14: 3, 21: 1 });
  });
});
