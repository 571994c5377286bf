/**
 * What a directive does to the documents it names (periods/relations.ts, through the parser), on
 * texts the project writes and on the seeds; and the one classifier behind it, shared with the
 * citations and the tagger (periods/reference-use.ts).
 */
import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import { seed } from '../../setup/seeds.ts';

/** A directive of the shape provinces issue, with `body` as its operative part. */
function directive(body: string, number = '15/CT-UBND') {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ TĨNH',
    `Số: ${number}`,
    'Hà Tĩnh, ngày 01 tháng 8 năm 2021',
    'CHỈ THỊ',
    'Về việc phòng, chống dịch Covid-19',
    'Chủ tịch UBND tỉnh yêu cầu:',
    body,
    'Nơi nhận:',
    '- Như trên;',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
    '',
  ].join('\n');
  return parseDirective({ file: 'tests/ha-tinh-2021-08-01.txt', text });
}
const relations = (body: string, number?: string) =>
  directive(body, number).relations.map((r) => [r.type, r.target, r.until]);

describe('relations', () => {
  test('replaces: "Chỉ thị này thay thế Chỉ thị số 10/CT-UBND"', () => {
    expect(relations('1. Chỉ thị này thay thế Chỉ thị số 10/CT-UBND ngày 05/7/2021 của Chủ tịch UBND tỉnh.')).toEqual([
      ['replaces', '10/CT-UBND', null],
    ]);
  });

  test('amends: "sửa đổi, bổ sung Quyết định số …"', () => {
    expect(relations('1. Sửa đổi, bổ sung Quyết định số 1903/QĐ-UBND ngày 01/8/2021 của UBND tỉnh.')).toEqual([
      ['amends', '1903/QĐ-UBND', null],
    ]);
  });

  test('extends: "tiếp tục thực hiện … đến hết ngày 25/8/2021", with the new last day', () => {
    const d = directive(
      '1. Tiếp tục thực hiện Chỉ thị số 12/CT-UBND ngày 20/7/2021 của Chủ tịch UBND tỉnh đến hết ngày 25/8/2021.',
    );
    expect(d.relations).toMatchObject([
      {
        type: 'extends',
        target: '12/CT-UBND',
        targetKey: '12-CT-UBND',
        targetDate: '2021-07-20',
        until: '2021-08-25',
        clauseId: '1',
      },
    ]);
  });

  test('lifts: "bãi bỏ", "chấm dứt", "kết thúc giãn cách theo …"', () => {
    expect(relations('1. Bãi bỏ Công văn số 123/UBND-VX ngày 01/7/2021 của UBND tỉnh.')).toEqual([
      ['lifts', '123/UBND-VX', null],
    ]);
    expect(
      relations('1. Chấm dứt hiệu lực Quyết định số 1729/QĐ-UBND ngày 13/7/2021 kể từ 0 giờ ngày 2/8/2021.'),
    ).toEqual([['lifts', '1729/QĐ-UBND', null]]);
    expect(relations('1. Kết thúc giãn cách xã hội theo Chỉ thị 16 trên địa bàn tỉnh.')).toEqual([
      ['lifts', '16/CT-TTg', null],
    ]);
  });

  test('implements: "triển khai thực hiện", "áp dụng … theo", and a central document extended is applied', () => {
    expect(
      relations('1. Khẩn trương triển khai thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ.'),
    ).toEqual([['implements', '68/NQ-CP', null]]);
    expect(relations('1. Áp dụng giãn cách xã hội theo Chỉ thị 16 trên toàn tỉnh.')).toEqual([
      ['implements', '16/CT-TTg', null],
    ]);
    expect(
      relations(
        '1. Tiếp tục thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ đến hết ngày 25/8/2021.',
      ),
    ).toEqual([['implements', '16/CT-TTg', null]]);
  });

  test('"Căn cứ …" is a citation only, never a relation', () => {
    const d = directive(
      '1. Căn cứ Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ, các sở tăng cường kiểm tra.',
      '20/CT-UBND',
    );
    expect(d.relations).toEqual([]);
    expect(d.citations.map((c) => [c.number, c.relation])).toEqual([['15/CT-TTg', 'cites']]);
  });

  test('a document looked back on, or named with no acting word, is no relation', () => {
    expect(relations('1. 18 tỉnh phía Nam đã phải thực hiện giãn cách theo Chỉ thị 16/CT-TTg.')).toEqual([]);
    expect(relations('1. Chỉ thị số 12/CT-UBND ngày 20/7/2021 quy định các biện pháp cấp bách.')).toEqual([]);
  });

  test("the document's own number is never a target", () => {
    expect(relations('1. Các cơ quan triển khai thực hiện Chỉ thị số 15/CT-UBND này.', '15/CT-UBND')).toEqual([]);
  });

  test('a list shares the acting word: "theo Chỉ thị số 16/CT-TTg … và Quyết định số 1903/QĐ-UBND … đến hết ngày"', () => {
    expect(
      relations(
        '1. Tiếp tục thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Quyết định số 1903/QĐ-UBND ngày 01/8/2021 của Chủ tịch UBND tỉnh trong vòng 10 ngày từ 0 giờ ngày 16/8/2021 đến hết ngày 25/8/2021.',
      ),
    ).toEqual([
      ['implements', '16/CT-TTg', null],
      ['extends', '1903/QĐ-UBND', '2021-08-25'],
    ]);
  });
});

describe('relations on the seeds', () => {
  test('Sơn La replaces 24/CT-UBND (its closing line) and implements Nghị quyết 128', () => {
    const sonLa = seed('son-la-2021-ct-ubnd-thay-the-24');
    expect(sonLa.relations.map((r) => [r.type, r.target])).toEqual([
      ['implements', '128/NQ-CP'],
      ['replaces', '24/CT-UBND'],
    ]);
    const replaced = sonLa.relations[1]!;
    expect(sonLa.text.normalized.slice(replaced.span.start, replaced.span.end)).toMatch(/^Chỉ thị số 24\/CT-UBND/);
  });

  test('Thanh Hóa: the provinces that had to apply Chỉ thị 16 give it no relation, and "từ ngày 27/4/2021 đến ngày 22/7/2021 đã ghi nhận 67 ca" no period', () => {
    const thanhHoa = seed('thanh-hoa-2021-07-22-329-cv-tu');
    expect(thanhHoa.relations.map((r) => r.target)).not.toContain('16/CT-TTg');
    expect(thanhHoa.inForce).toBeNull();
    expect(thanhHoa.clauses.filter((c) => c.inForce !== null)).toEqual([]);
    expect(thanhHoa.warnings.filter((w) => w.code === 'period-ambiguous')).toEqual([]);
  });
});
