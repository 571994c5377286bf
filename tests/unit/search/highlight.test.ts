import { describe, expect, test } from 'vitest';
import {
  highlightHtml,
  MATCH_END,
  MATCH_START,
  matchedSpans,
  type Formatted,
} from '../../../src/lib/search/highlight.ts';
import { snippetSegments } from '../../../src/lib/search/snippet.ts';
import { planQuery } from '../../../src/lib/search/query-plan.ts';
import { telexCopy } from '../../../src/lib/search/telex-copy.ts';

/** `text` as Meilisearch highlights it: each of `words` between the tags. */
const tag = (text: string, words: string[]) =>
  words.reduce((t, w) => t.replaceAll(w, `${MATCH_START}${w}${MATCH_END}`), text);

const marked = (text: string, formatted: Formatted, query: string, exact = false) =>
  highlightHtml(text, matchedSpans(text, formatted, planQuery(query), exact));

describe('matchedSpans and highlightHtml', () => {
  const text = 'nâng cao tính tự giác của tỉnh';

  test('marks what Meilisearch tagged, in the characters of the accented text', () => {
    expect(marked(text, { text: tag(text, ['tính', 'tỉnh']) }, 'tinh')).toBe(
      'nâng cao <mark>tính</mark> tự giác của <mark>tỉnh</mark>',
    );
  });

  test('marks only the exact spelling of a word typed with marks, when the clause holds it', () => {
    expect(marked(text, { text: tag(text, ['tính', 'tỉnh']) }, 'tính')).toBe(
      'nâng cao <mark>tính</mark> tự giác của tỉnh',
    );
  });

  test('keeps the folded matches of a clause that lacks the exact spelling', () => {
    const other = 'ủy ban nhân dân tỉnh';
    expect(marked(other, { text: tag(other, ['tỉnh']) }, 'tính')).toBe('ủy ban nhân dân <mark>tỉnh</mark>');
  });

  test('maps a word tagged in the Telex copy back to its word (the exact switch)', () => {
    expect(marked(text, { telex: tag(telexCopy(text), ['tinhs']) }, 'tính', true)).toBe(
      'nâng cao <mark>tính</mark> tự giác của tỉnh',
    );
  });

  test('marks a code found again in the text, in any of its spellings', () => {
    const cited = 'thực hiện Chỉ thị số 07/CT-TU của Ban Thường vụ';
    expect(marked(cited, { text: cited }, '07-CT/TU')).toBe(
      'thực hiện Chỉ thị số <mark>07/CT-TU</mark> của Ban Thường vụ',
    );
  });

  test('marks the words of a phrase as one piece, but not words apart', () => {
    const clause = 'khu cách ly tập trung; cách nhà ly xa';
    expect(marked(clause, { text: tag(clause, ['cách', 'ly']) }, 'cach ly')).toBe(
      'khu <mark>cách ly</mark> tập trung; <mark>cách</mark> nhà <mark>ly</mark> xa',
    );
  });

  test('ignores a highlighted copy that is not the text it claims to be', () => {
    expect(marked(text, { text: tag('something else tỉnh', ['tỉnh']) }, 'tỉnh')).toBe(text);
  });

  test('escapes HTML in the text', () => {
    const risky = 'a <b> & "c" tỉnh';
    expect(marked(risky, { text: tag(risky, ['tỉnh']) }, 'tỉnh')).toBe(
      'a &#60;b&#62; &#38; &#34;c&#34; <mark>tỉnh</mark>',
    );
  });
});

describe('snippetSegments', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);

  test('shows a short clause whole', () => {
    expect(snippetSegments('ca bệnh mới', [{ start: 0, end: 2 }])).toEqual([
      { text: 'ca', match: true },
      { text: ' bệnh mới', match: false },
    ]);
  });

  test('crops a long clause around the densest matches, with ellipses', () => {
    const text = [...words.slice(0, 40), 'ca', 'bệnh', ...words.slice(40)].join(' ');
    const start = text.indexOf('ca bệnh');
    const segments = snippetSegments(text, [
      { start: text.indexOf('w3 '), end: text.indexOf('w3 ') + 2 },
      { start, end: start + 2 },
      { start: start + 3, end: start + 7 },
    ]);
    expect(segments[0]).toEqual({ text: '…', match: false });
    expect(segments.at(-1)).toEqual({ text: '…', match: false });
    const shown = segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');
    expect(shown).toMatch(/^…w36 w37 w38 w39 \[ca\] \[bệnh\] w40/);
  });
});
