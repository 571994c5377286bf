import { describe, expect, test } from 'vitest';
import { IsoDate } from '../../../src/lib/directive/schema.ts';
import { listMeasures } from '../../../src/lib/measures/index.ts';
import { sortByDate } from '../../../src/lib/page-data/corpus.ts';
import { provinceMeasureMatrix } from '../../../src/lib/page-data/matrix.ts';
import { directiveTimeline } from '../../../src/lib/page-data/timeline.ts';
import { allSeeds } from '../../setup/seeds.ts';

describe('provinceMeasureMatrix', () => {
  const matrix = provinceMeasureMatrix(sortByDate(allSeeds()), listMeasures());

  test('one row per province, in Vietnamese alphabetical order, one cell per measure', () => {
    expect(matrix.rows.map((r) => r.provinceName)).toEqual(['Hải Dương', 'Hưng Yên', 'Nghệ An', 'Sơn La', 'Thanh Hóa']);
    expect(matrix.rows.every((r) => r.cells.length === listMeasures().length)).toBe(true);
  });

  test('a cell counts the clauses of the province that order the measure', () => {
    const thanhHoa = matrix.rows.find((r) => r.provinceId === 'thanh-hoa');
    const masks = thanhHoa?.cells.find((c) => c.measureId === 'masks-5k');
    expect(masks).toEqual({ measureId: 'masks-5k', count: 1 });
    // The largest cell of the seeds: Sơn La's 11 clauses on movement control.
    const sonLa = matrix.rows.find((r) => r.provinceId === 'son-la');
    expect(sonLa?.cells.find((c) => c.measureId === 'movement-control')).toEqual({
      measureId: 'movement-control',
      count: 11,
    });
    expect(matrix.max).toBe(11);
  });
});

describe('directiveTimeline', () => {
  const timeline = directiveTimeline(sortByDate(allSeeds()));

  test('the axis spans whole years covering the pandemic, 2020 to 2022', () => {
    expect([timeline.start, timeline.end]).toEqual(['2020-01-01', '2022-12-31']);
  });

  test('an undated directive is placed at its earliest possible date and marked as not dated', () => {
    const sonLa = timeline.lanes.find((l) => l.provinceId === 'son-la')?.points[0];
    expect(sonLa).toMatchObject({
      dated: false,
      dateLabel: 'không rõ ngày (từ 11/10/2021)',
      href: '/van-ban/son-la-2021-ct-ubnd-thay-the-24',
      count: 1,
    });
    const thanhHoa = timeline.lanes.find((l) => l.provinceId === 'thanh-hoa')?.points[0];
    expect(thanhHoa?.dated).toBe(true);
    expect(sonLa?.x).toBeGreaterThan(thanhHoa?.x ?? 1);
    expect(timeline.unplaced).toEqual({ count: 0, first: [] });
  });

  test("a province's directives of one half-year share a dot that links to their search", () => {
    const base = allSeeds()[4];
    if (!base?.date) throw new Error('the Thanh Hóa seed is dated');
    const twins = ['2021-07-05', '2021-09-30'].map((date, i) => ({
      ...base,
      id: `thanh-hoa-twin-${i}`,
      date: { provenance: 'provided' as const, value: IsoDate.parse(date), source: 'test' },
    }));
    const lane = directiveTimeline(twins).lanes[0];
    expect(lane?.points).toHaveLength(1);
    expect(lane?.points[0]).toMatchObject({
      count: 2,
      title: '2 văn bản',
      dateLabel: '6 tháng cuối năm 2021',
      href: '/?tinh=thanh-hoa&tu=2021-07-01&den=2021-12-31',
    });
  });
});
