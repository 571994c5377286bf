import { describe, expect, test } from 'vitest';
import { listMeasures } from '../../../src/lib/measures/index.ts';
import { sortByDate } from '../../../src/lib/site/corpus.ts';
import { provinceMeasureMatrix } from '../../../src/lib/site/matrix.ts';
import { directiveTimeline } from '../../../src/lib/site/timeline.ts';
import { allSeeds } from './seeds.ts';

describe('provinceMeasureMatrix', () => {
  const matrix = provinceMeasureMatrix(sortByDate(allSeeds()), listMeasures());

  test('one row per province, in Vietnamese alphabetical order, one cell per measure', () => {
    expect(matrix.rows.map((r) => r.provinceName)).toEqual(['Hải Dương', 'Hưng Yên', 'Nghệ An', 'Sơn La', 'Thanh Hóa']);
    expect(matrix.rows.every((r) => r.cells.length === listMeasures().length)).toBe(true);
  });

  test('a cell holds the clauses that order the measure, which link to their anchors', () => {
    const thanhHoa = matrix.rows.find((r) => r.provinceId === 'thanh-hoa');
    const masks = thanhHoa?.cells.find((c) => c.measureId === 'masks-5k');
    expect(masks?.clauses).toEqual([{ directiveId: 'thanh-hoa-2021-07-22-329-cv-tu', clauseId: '3.-1' }]);
    expect(matrix.max).toBe(Math.max(...matrix.rows.flatMap((r) => r.cells.map((c) => c.clauses.length))));
  });
});

describe('directiveTimeline', () => {
  const timeline = directiveTimeline(sortByDate(allSeeds()));

  test('the axis spans whole years covering the pandemic, 2020 to 2022', () => {
    expect([timeline.start, timeline.end]).toEqual(['2020-01-01', '2022-12-31']);
  });

  test('an undated directive is placed at its earliest possible date and marked as not dated', () => {
    const sonLa = timeline.lanes.find((l) => l.provinceId === 'son-la')?.points[0];
    expect(sonLa).toMatchObject({ dated: false, dateLabel: 'không rõ ngày (từ 11/10/2021)' });
    const thanhHoa = timeline.lanes.find((l) => l.provinceId === 'thanh-hoa')?.points[0];
    expect(thanhHoa?.dated).toBe(true);
    expect(sonLa?.x).toBeGreaterThan(thanhHoa?.x ?? 1);
    expect(timeline.unplaced).toEqual([]);
  });
});
