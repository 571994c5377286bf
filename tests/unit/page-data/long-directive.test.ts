import { describe, expect, test } from 'vitest';
import {
  citersShown,
  MAX_CITED_BY,
  CLAUSE_CHARS,
  MAX_CLAUSES,
  ORIGINAL_CHARS,
  pageContent,
  PROSE_CHARS,
} from '../../../src/lib/page-data/long-directive.ts';
import { seed } from '../../setup/seeds.ts';
import { makeClauseId } from '../../../src/lib/directive/clauses.ts';

describe('pageContent', () => {
  test('a directive of ordinary length is shown whole', () => {
    const d = seed('nghe-an-2021-08-07-07-ct-tu');
    const content = pageContent(d);
    expect(content.clauses).toEqual(d.clauses);
    expect(content).toMatchObject({ clausesOmitted: 0, original: d.text.original, originalCut: false, cut: false });
    expect(content.preamble).toBe(d.preamble);
  });

  test('a very long directive shows its first clauses and the start of its text, and says how much is left', () => {
    const d = seed('nghe-an-2021-08-07-07-ct-tu');
    const [model] = d.clauses;
    if (!model) throw new Error('the seed has clauses');
    // A text the project writes itself: 5,000 clauses of 400 characters, a 3 MB original.
    const long = {
      ...d,
      preamble: 'Căn cứ '.repeat(10_000),
      clauses: Array.from({ length: 5_000 }, (_, i) => ({
        ...model,
        id: makeClauseId(`${i + 1}`),
        text: 'tiêm vắc xin '.repeat(31),
      })),
      text: { ...d.text, original: 'cách ly tại nhà. '.repeat(180_000) },
    };
    const content = pageContent(long);
    expect(content.clauses.length).toBeLessThanOrEqual(MAX_CLAUSES);
    expect(content.clauses.reduce((n, c) => n + c.text.length, 0)).toBeLessThanOrEqual(CLAUSE_CHARS);
    expect(content.clauses.map((c) => c.id)).toEqual(long.clauses.slice(0, content.clauses.length).map((c) => c.id));
    expect(content.clausesOmitted).toBe(5_000 - content.clauses.length);
    expect(content.originalCut).toBe(true);
    expect(content.original.length).toBe(ORIGINAL_CHARS + 1);
    expect(content.preamble.length).toBe(PROSE_CHARS + 1);
    expect(content.cut).toBe(true);
  });
});

describe('citersShown', () => {
  test('a number cited by hundreds of directives lists the first MAX_CITED_BY and counts the rest', () => {
    const citers = Array.from({ length: 730 }, (_, i) => `directive-${i}`);
    const { shown, omitted } = citersShown(citers);
    expect(shown).toEqual(citers.slice(0, MAX_CITED_BY));
    expect(omitted).toBe(730 - MAX_CITED_BY);
    expect(citersShown(citers.slice(0, 3))).toEqual({ shown: citers.slice(0, 3), omitted: 0 });
  });
});
