/**
 * The /so-sanh island's views, computed from the files the site build writes (fetched here from
 * memory, as the browser fetches them from dist/), must be the views the full index gives: a few
 * directives weighed with the whole corpus's frequencies score exactly as the whole corpus does.
 */
import { describe, expect, test } from 'vitest';
import {
  AlignmentIndex,
  compareClause,
  compareDirectives,
  compareMeasure,
  findPrecedents,
  rebase,
  toComparable,
} from '../../../../src/lib/compare/index.ts';
import { frequencyTable } from '../../../../src/lib/compare/site/build-files.ts';
import { MissingDataError } from '../../../../src/lib/compare/site/compare-data.ts';
import { directiveDataUrl, frequenciesOf, frequenciesUrl } from '../../../../src/lib/compare/site/static-files.ts';
import { clauseView, directivesView, measureView, precedentView } from '../../../../src/lib/compare/site/views.ts';
import { loadCorpus } from '../../../../src/lib/corpus/load.ts';
import { siteData as dataOver, siteFiles } from './helpers/site-files.ts';

const comparable = loadCorpus()
  .filter((d) => !d.synthetic)
  .map(toComparable);
const full = new AlignmentIndex(comparable);
const TH = 'thanh-hoa-2021-07-22-329-cv-tu';
const NA = 'nghe-an-2021-08-07-07-ct-tu';
const SL = 'son-la-2021-ct-ubnd-thay-the-24';

const files = siteFiles(full);
const siteData = (fetched: string[] = []) => dataOver(files, fetched);
const data = siteData();

describe('an index of a few directives, weighed with the whole corpus’s frequencies', () => {
  test('scores two clauses exactly as the full index does', () => {
    const part = new AlignmentIndex(
      comparable.filter((d) => d.id === NA || d.id === TH),
      frequenciesOf(frequencyTable(full)),
    );
    const fullView = compareClause(full, NA, '2.-5', { directives: [TH] });
    const partView = compareClause(part, NA, '2.-5');
    expect(partView.columns).toEqual(fullView.columns);
  });

  test('and a draft too: its words the part lacks still count in its norm', () => {
    const draft = 'Đẩy nhanh tiêm vắc xin phòng Covid-19 cho người dân, bảo đảm an toàn';
    const part = new AlignmentIndex(
      comparable.filter((d) => d.id === SL),
      frequenciesOf(frequencyTable(full)),
    );
    const fromFull = findPrecedents(full, draft).filter((p) => p.directive === SL);
    expect(findPrecedents(part, draft)).toEqual(fromFull);
  });
});

describe('the views from the static files', () => {
  test('a clause: the same columns, labels and diffs as the full index', async () => {
    const { view } = await clauseView(data, null, { directive: NA, clauseId: '2.-5', base: null });
    expect(view).toEqual(compareClause(full, NA, '2.-5'));
  });

  test('a clause on another base, as the full index rebases it', async () => {
    const { view, index } = await clauseView(data, null, { directive: NA, clauseId: '2.-5', base: null });
    expect(rebase(await index(), view, TH)).toEqual(rebase(full, compareClause(full, NA, '2.-5'), TH));
  });

  test('a measure: computed at build time, diffed here; rebased as the full index does', async () => {
    const { view, index } = await measureView(data, { measure: 'vaccination', base: null });
    const expected = compareMeasure(full, 'vaccination');
    expect(view).toEqual(expected);
    expect(rebase(await index(), view, SL)).toEqual(rebase(full, expected, SL));
  });

  test('two directives: fetches those two only', async () => {
    const fetched: string[] = [];
    expect(await directivesView(siteData(fetched), TH, NA)).toEqual(compareDirectives(full, TH, NA));
    expect(fetched.sort()).toEqual([directiveDataUrl(NA), directiveDataUrl(TH), frequenciesUrl()].sort());
  });

  test('a precedent: the same clauses, scores and citations', async () => {
    const draft = 'Day nhanh tiem vac xin phong Covid-19 cho nguoi dan, bao dam an toan';
    expect(await precedentView(data, null, draft)).toEqual(findPrecedents(full, draft));
  });

  test('a directive the site does not have is a clear error', async () => {
    await expect(clauseView(data, null, { directive: 'khong-co', clauseId: '1', base: null })).rejects.toThrow(
      MissingDataError,
    );
  });

  test('on a large corpus, a clause cannot be compared without the search server', async () => {
    await expect(
      clauseView(data, null, { directive: NA, clauseId: '2.-5', base: null }, { fetchAllUpTo: 0 }),
    ).rejects.toThrow(/máy chủ tìm kiếm/);
  });
});
