import { describe, expect, test } from 'vitest';
import { dayState, effectivePeriod, inForceOn, type PeriodChange } from '../../../src/lib/in-force/effective-period.ts';
import { written } from './written-corpus.ts';

const change = (type: PeriodChange['type'], on: string, lastDay: string | null): PeriodChange => ({
  type,
  by: 'later' as PeriodChange['by'],
  byClause: null,
  byName: 'Chỉ thị số 2/CT-UBND',
  on,
  lastDay,
});

describe('effectivePeriod', () => {
  test('without a stated start, the date of issue, marked as such; without either, unknown', () => {
    const d = written({ id: 'a', number: '1/CT-UBND', date: '2021-07-19', clauses: [{ id: '1', measures: [] }] });
    expect(effectivePeriod(d, d.clauses[0]!)).toMatchObject({
      from: '2021-07-19',
      fromBasis: 'date-of-issue',
      status: 'open',
    });
    const undated = written({ id: 'b', number: '1/CT-UBND', date: null, clauses: [{ id: '1', measures: [] }] });
    const period = effectivePeriod(undated, null);
    expect(period.status).toBe('unknown');
    expect(dayState(period, '2021-08-01')).toBe('unknown');
    expect(inForceOn(period, '2021-08-01')).toBe(false);
  });

  test("a clause's own period is read part by part: its districts keep the directive's dates", () => {
    const d = written({
      id: 'a',
      number: '1/CT-UBND',
      date: '2021-08-01',
      inForce: { from: '2021-08-02T00:00', to: '2021-08-15' },
      clauses: [{ id: '1', measures: [], inForce: { scope: ['huyện Mai Sơn'] } }],
    });
    expect(effectivePeriod(d, d.clauses[0]!)).toMatchObject({
      from: '2021-08-02',
      fromMoment: '2021-08-02T00:00',
      to: '2021-08-15',
      toBasis: 'stated',
      scope: ['huyện Mai Sơn'],
      status: 'bounded',
    });
    expect(dayState(effectivePeriod(d, null), '2021-08-15')).toBe('in-force');
    expect(dayState(effectivePeriod(d, null), '2021-08-16')).toBe('ended');
  });

  test('a replacement after the stated end changes nothing; an extension moves the end, and may leave it open', () => {
    const d = written({ id: 'a', number: '1/CT-UBND', date: '2021-08-01', inForce: { to: '2021-08-15' }, clauses: [] });
    expect(effectivePeriod(d, null, [change('replaces', '2021-09-01', '2021-08-31')])).toMatchObject({
      to: '2021-08-15',
      toBasis: 'stated',
      changedBy: null,
    });
    expect(effectivePeriod(d, null, [change('replaces', '2021-08-10', '2021-08-09')])).toMatchObject({
      to: '2021-08-09',
      toBasis: 'replaced',
    });
    expect(effectivePeriod(d, null, [change('extends', '2021-08-14', null)])).toMatchObject({
      to: null,
      toBasis: 'extended',
      status: 'open',
    });
    // Applied in the order they took effect, whatever order they are given in.
    const both = [change('lifts', '2021-09-10', '2021-09-09'), change('extends', '2021-08-14', '2021-09-30')];
    expect(effectivePeriod(d, null, both)).toMatchObject({ to: '2021-09-09', toBasis: 'lifted' });
  });
});
