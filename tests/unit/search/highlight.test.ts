/**
 * What a search hit shows: the spans highlight.ts marks, cut by snippet.ts into the segments the
 * search page renders (`{#each}` + `<mark>`, Snippet.svelte) and `chithi search` prints. Texts are
 * excerpts of the seeds, as written; Meilisearch's tags are put where it puts them for the query.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MATCH_END, MATCH_START, matchedSpans, type Formatted } from '../../../src/lib/search/highlight.ts';
import { projectRoot } from '../../../src/lib/paths.ts';
import { planQuery } from '../../../src/lib/search/query-plan.ts';
import type { Segment } from '../../../src/lib/search/segments.ts';
import { snippetSegments } from '../../../src/lib/search/snippet.ts';
import { telexCopy } from '../../../src/lib/search/telex-copy.ts';

/** `text` as Meilisearch highlights it: each of `words` between the tags. */
const tag = (text: string, words: string[]) =>
  words.reduce((t, w) => t.replaceAll(w, `${MATCH_START}${w}${MATCH_END}`), text);

/** The segments the page renders for a hit of `query` whose text Meilisearch highlighted as `formatted`. */
const shown = (text: string, formatted: Formatted, query: string, exact = false): Segment[] =>
  snippetSegments(text, matchedSpans(text, formatted, planQuery(query), exact));

const plain = (text: string): Segment => ({ text, match: false });
const marked = (text: string): Segment => ({ text, match: true });

/** Hải Dương's Thông báo kết luận, clause 1 (seed), from its second sentence. */
const PROVINCE = 'Ủy ban nhân dân tỉnh và Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh. Nâng cao tinh thần';

describe('the segments of a hit', () => {
  test('a bare word marks every spelling Meilisearch matched, in the accented text', () => {
    expect(shown(PROVINCE, { text: tag(PROVINCE, ['tỉnh', 'tinh']) }, 'tinh')).toEqual([
      plain('Ủy ban nhân dân '),
      marked('tỉnh'),
      plain(' và Ban Chỉ đạo phòng, chống dịch Covid-19 '),
      marked('tỉnh'),
      plain('. Nâng cao '),
      marked('tinh'),
      plain(' thần'),
    ]);
  });

  test('a word typed with marks marks only that spelling, when the clause holds it', () => {
    expect(shown(PROVINCE, { text: tag(PROVINCE, ['tỉnh', 'tinh']) }, 'tỉnh')).toEqual([
      plain('Ủy ban nhân dân '),
      marked('tỉnh'),
      plain(' và Ban Chỉ đạo phòng, chống dịch Covid-19 '),
      marked('tỉnh'),
      plain('. Nâng cao tinh thần'),
    ]);
  });

  test('a clause that lacks the exact spelling keeps its folded matches marked', () => {
    const clause = 'Tuyên truyền về công tác phòng, chống dịch trên địa bàn tỉnh.';
    expect(shown(clause, { text: tag(clause, ['tỉnh']) }, 'tính')).toEqual([
      plain('Tuyên truyền về công tác phòng, chống dịch trên địa bàn '),
      marked('tỉnh'),
      plain('.'),
    ]);
  });

  test('under the exact switch, a word tagged in the Telex copy marks the word it was made from', () => {
    const clause = 'để người dân nâng cao tính tự giác phòng, chống dịch bệnh nhưng không hoang mang';
    expect(shown(clause, { telex: tag(telexCopy(clause), ['tinhs']) }, 'tính', true)).toEqual([
      plain('để người dân nâng cao '),
      marked('tính'),
      plain(' tự giác phòng, chống dịch bệnh nhưng không hoang mang'),
    ]);
  });

  test('a code is marked where the text prints it, whichever spelling was typed', () => {
    const clause = 'giãn cách xã hội theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ';
    expect(shown(clause, { text: clause }, '16-CT/TTg')).toEqual([
      plain('giãn cách xã hội theo Chỉ thị '),
      marked('16/CT-TTg'),
      plain(' của Thủ tướng Chính phủ'),
    ]);
  });

  test('the syllables of a phrase are marked as one piece, and words apart stay apart', () => {
    const clause = 'truy vết các trường hợp tiếp xúc F1, F2 để đưa đi cách ly tập trung và cách ly tại gia đình';
    expect(shown(clause, { text: tag(clause, ['cách', 'ly']) }, 'cach ly')).toEqual([
      plain('truy vết các trường hợp tiếp xúc F1, F2 để đưa đi '),
      marked('cách ly'),
      plain(' tập trung và '),
      marked('cách ly'),
      plain(' tại gia đình'),
    ]);
  });

  test('a highlighted copy that is not the text it claims to be marks nothing', () => {
    expect(shown(PROVINCE, { text: tag('Tuyên truyền về công tác tỉnh', ['tỉnh']) }, 'tỉnh')).toEqual([
      plain(PROVINCE),
    ]);
  });

  test('a long clause is cut around its match, four words before it, with ellipses', () => {
    const seed = readFileSync(
      join(projectRoot(), 'content/directives/hai-duong-2020-08-28-tbkl-ban-thuong-vu.txt'),
      'utf8',
    );
    const clause = seed
      .split('\n')
      .find((line) => line.startsWith('3. Tiếp tục làm tốt'))!
      .slice('3. '.length);
    expect(shown(clause, { text: tag(clause, ['tính', 'tỉnh']) }, 'tính')).toEqual([
      plain('…'),
      plain('người dân nâng cao '),
      marked('tính'),
      plain(
        ' tự giác phòng, chống dịch bệnh nhưng không hoang mang. Công tác tuyên truyền cần tập trung vào các nội ' +
          'dung như: Biểu dương gương người tốt,',
      ),
      plain('…'),
    ]);
  });
});

describe('snippetSegments', () => {
  test('shows a short clause whole', () => {
    expect(snippetSegments('ca bệnh mới', [{ start: 0, end: 2 }])).toEqual([marked('ca'), plain(' bệnh mới')]);
  });

  test('crops around the densest run of matches: a phrase beats a lone word', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const text = [...words.slice(0, 40), 'ca', 'bệnh', ...words.slice(40)].join(' ');
    const start = text.indexOf('ca bệnh');
    const segments = snippetSegments(text, [
      { start: text.indexOf('w3 '), end: text.indexOf('w3 ') + 2 },
      { start, end: start + 2 },
      { start: start + 3, end: start + 7 },
    ]);
    const rendered = segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');
    expect(rendered).toBe(
      '…w36 w37 w38 w39 [ca] [bệnh] w40 w41 w42 w43 w44 w45 w46 w47 w48 w49 w50 w51 w52 w53 w54 w55 w56 w57 w58 ' +
        'w59 w60 w61 w62 w63 w64 w65…',
    );
  });
});
