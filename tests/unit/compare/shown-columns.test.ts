import { describe, expect, test } from 'vitest';
import { compareClause, compareMeasure, indexOf, toComparable } from '../../../src/lib/compare/index.ts';
import type { ColumnDraft } from '../../../src/lib/compare/columns.ts';
import { shownColumns } from '../../../src/lib/compare/shown-columns.ts';
import { formatClauseView, clauseViewForJson } from '../../../src/lib/compare/present.ts';
import { generateSyntheticCorpus } from '../../../src/lib/synthetic/index.ts';

const draft = (id: string, score: number | null): ColumnDraft => ({
  directive: { id, provinceId: id, province: id, date: null, title: id },
  clause:
    score === null
      ? null
      : {
          directive: { id, provinceId: id, province: id, date: null, title: id },
          clauseId: '1',
          text: id,
          measures: [],
          locator: '',
          citation: '',
        },
  score: score ?? 0,
  label: score === null ? 'nothing-comparable' : 'adapted',
});

describe('shownColumns', () => {
  const drafts = [draft('a', 0.3), draft('b', null), draft('c', 0.9), draft('d', 0.5), draft('e', 0.5)];

  test('within the cap, every column is shown', () => {
    expect(shownColumns(drafts, 4)).toEqual({ shown: drafts, hidden: 0 });
  });

  test('past the cap, the closest comparable columns stay in date order; ties go to the earlier directive', () => {
    const { shown, hidden } = shownColumns(drafts, 2);
    expect(shown.map((d) => d.directive.id)).toEqual(['b', 'c', 'd']);
    expect(hidden).toBe(2);
  });

  test('"nothing comparable" columns are never left out: they cost no diff', () => {
    expect(shownColumns(drafts, 0).shown.map((d) => d.directive.id)).toEqual(['b']);
  });
});

describe('compareClause on a large corpus', () => {
  const corpus = generateSyntheticCorpus({ directives: 40, seed: 3 });
  const index = indexOf(corpus.map(toComparable));
  const base = corpus[0]!;
  const clauseId = base.clauses.find((c) => c.text.length > 80)!.id;
  const all = compareClause(index, base.id, clauseId, { maxColumns: 1000 });
  const capped = compareClause(index, base.id, clauseId, { maxColumns: 5 });
  const comparable = (view: typeof all) => view.columns.filter((c) => c.clause !== null);

  test('diffs only the closest columns, the same as in the full view, and counts the rest', () => {
    expect(comparable(all).length).toBeGreaterThan(5);
    expect(comparable(capped)).toHaveLength(5);
    expect(capped.hiddenColumns).toBe(comparable(all).length - 5);
    const best = comparable(all)
      .map((c) => c.score)
      .sort((a, b) => b - a);
    for (const column of comparable(capped)) expect(column.score).toBeGreaterThanOrEqual(best[4]!);
  });

  test('keeps every "nothing comparable" directive, in date order', () => {
    const empty = (view: typeof all) => view.columns.filter((c) => c.clause === null).map((c) => c.directive.id);
    expect(empty(capped)).toEqual(empty(all));
  });

  test('the JSON and the text say how many were left out; a view with none left out does not', () => {
    expect(clauseViewForJson(capped)).toMatchObject({ hiddenColumns: capped.hiddenColumns });
    expect(clauseViewForJson(all)).not.toHaveProperty('hiddenColumns');
    expect(formatClauseView(capped)).toContain(`${capped.hiddenColumns} more comparable directives not shown`);
  });
});

describe('compareMeasure on a large corpus', () => {
  const corpus = generateSyntheticCorpus({ directives: 40, seed: 3 });
  const index = indexOf(corpus.map(toComparable));
  const options = { skipSynthetic: false };
  const all = compareMeasure(index, 'vaccination', { ...options, maxColumns: 1000 });
  const capped = compareMeasure(index, 'vaccination', { ...options, maxColumns: 5 });

  test('shows the five columns closest to the base, in date order, and counts the rest', () => {
    expect(all.columns.length).toBeGreaterThan(5);
    expect(capped.columns).toHaveLength(5);
    expect(capped.hiddenColumns).toBe(all.columns.length - 5);
    const fifthBest = all.columns.map((c) => c.score).sort((a, b) => b - a)[4]!;
    for (const column of capped.columns) expect(column.score).toBeGreaterThanOrEqual(fifthBest);
    const dates = capped.columns.map((c) => c.directive.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
    expect(clauseViewForJson(capped)).toMatchObject({ hiddenColumns: capped.hiddenColumns });
  });
});
