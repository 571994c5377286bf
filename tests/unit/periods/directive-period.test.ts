/**
 * Where a directive's own period comes from (periods/index.ts, through the parser): the relay's
 * lead, the one period its clauses state, or its validity statement; and the clauses that state
 * their own.
 */
import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';

function directive(lines: readonly string[]) {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ TĨNH',
    'Số: 15/CT-UBND',
    'Hà Tĩnh, ngày 01 tháng 8 năm 2021',
    'CHỈ THỊ',
    'Về việc phòng, chống dịch Covid-19',
    'Từ ngày 19/7/2021, tỉnh đã áp dụng giãn cách xã hội theo Chỉ thị số 16/CT-TTg. Chủ tịch UBND tỉnh yêu cầu:',
    ...lines,
    'Nơi nhận:',
    '- Như trên;',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
    '',
  ].join('\n');
  return parseDirective({ file: 'tests/ha-tinh-2021-08-01.txt', text });
}
const value = (p: { from: { value: string } | null; to: { value: string } | null } | null) =>
  p && [p.from?.value ?? null, p.to?.value ?? null];

describe("the directive's period", () => {
  test("the one period its clauses state governs the whole; the preamble's history is not read", () => {
    const d = directive([
      '1. Thực hiện giãn cách xã hội theo Chỉ thị 16 trên toàn tỉnh từ 0 giờ ngày 02/8/2021 đến hết ngày 15/8/2021.',
      '2. Các sở, ngành tăng cường kiểm tra.',
    ]);
    expect(value(d.inForce)).toEqual(['2021-08-02T00:00', '2021-08-15']);
    expect(value(d.clauses.find((c) => c.id === '1')!.inForce)).toEqual(['2021-08-02T00:00', '2021-08-15']);
    expect(d.clauses.find((c) => c.id === '2')!.inForce).toBeNull();
  });

  test("clauses stating different periods keep their own and leave the directive's to its validity statement", () => {
    const d = directive([
      '1. Tạm dừng hoạt động karaoke từ 0 giờ ngày 02/8/2021 cho đến khi có thông báo mới.',
      '2. Dừng tổ chức lễ hội từ 0 giờ ngày 05/8/2021 đến hết ngày 20/8/2021.',
      '3. Chỉ thị này có hiệu lực kể từ ngày ký.',
    ]);
    expect(d.inForce?.from).toMatchObject({ provenance: 'inferred', value: '2021-08-01' });
    expect(d.clauses.find((c) => c.id === '1')!.inForce?.untilFurtherNotice?.value).toBe(true);
    expect(value(d.clauses.find((c) => c.id === '2')!.inForce)).toEqual(['2021-08-05T00:00', '2021-08-20']);
    // The validity statement is the document's, not its clause's.
    expect(d.clauses.find((c) => c.id === '3')!.inForce).toBeNull();
  });

  test("clauses stating different periods and no validity statement: the directive's stays unknown", () => {
    const d = directive([
      '1. Tạm dừng hoạt động karaoke từ 0 giờ ngày 02/8/2021 cho đến khi có thông báo mới.',
      '2. Dừng tổ chức lễ hội từ 0 giờ ngày 05/8/2021 đến hết ngày 20/8/2021.',
    ]);
    expect(d.inForce).toBeNull();
  });

  test('an ambiguous end is kept with a period-ambiguous warning on its line', () => {
    const d = directive(['1. Tạm dừng các hoạt động thể thao đến ngày 20/8/2021.']);
    expect(d.clauses[0]!.inForce?.to?.value).toBe('2021-08-20');
    expect(d.warnings.filter((w) => w.code === 'period-ambiguous')).toMatchObject([{ line: 8 }]);
  });

  test("a clause's parameters come with their spans into the normalised text", () => {
    const d = directive(['1. Không tập trung quá 10 người; cách ly tập trung 21 ngày đối với người nhập cảnh.']);
    const params = d.clauses[0]!.parameters;
    expect(params.map((p) => [p.kind, p.value])).toEqual([
      ['max_gathering', 10],
      ['quarantine_days', 21],
    ]);
    for (const p of params) {
      if (p.provenance === 'extracted') expect(d.text.normalized.slice(p.span.start, p.span.end)).toBe(p.text);
    }
  });

  test('the preamble sets no parameter: "đã ghi nhận 67 ca" and the history are the situation', () => {
    const d = directive(['1. Các sở, ngành tăng cường kiểm tra.']);
    expect(d.clauses.flatMap((c) => c.parameters)).toEqual([]);
    expect(d.inForce).toBeNull();
  });
});
