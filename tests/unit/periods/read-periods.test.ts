/**
 * The period a sentence states for its orders (periods/read-periods.ts), on sentences the project
 * writes in the shapes provincial directives use, and the forms that only look like a period.
 */
import { describe, expect, test } from 'vitest';
import { periodIn, type PeriodContext } from '../../../src/lib/periods/read-periods.ts';
import type { IsoDate } from '../../../src/lib/directive/schema.ts';

const ctx: PeriodContext = { issueDate: '2021-08-01' as IsoDate, provinceId: 'ha-tinh' };
const read = (text: string, context = ctx) => periodIn({ text, offset: 100, line: 7 }, context);
const values = (text: string, context = ctx) => {
  const p = read(text, context)?.inForce;
  return p
    ? {
        from: p.from?.value ?? null,
        to: p.to?.value ?? null,
        untilFurtherNotice: p.untilFurtherNotice?.value ?? null,
        scope: p.scope?.value ?? null,
      }
    : null;
};

describe('periodIn: the forms of a period in force', () => {
  test('"từ 0 giờ ngày 02/8/2021 đến hết ngày 15/8/2021": the hour kept, the last day in force', () => {
    expect(values('Thực hiện giãn cách xã hội từ 0 giờ ngày 02/8/2021 đến hết ngày 15/8/2021.')).toEqual({
      from: '2021-08-02T00:00',
      to: '2021-08-15',
      untilFurtherNotice: null,
      scope: null,
    });
  });

  test('each value is extracted with the span of its words', () => {
    const text = 'Thực hiện giãn cách xã hội từ 0 giờ ngày 02/8/2021 đến hết ngày 15/8/2021.';
    const p = read(text)!.inForce;
    expect(p.from).toMatchObject({ provenance: 'extracted', span: { line: 7 } });
    const span = p.from!.provenance === 'extracted' ? p.from!.span : null;
    expect(text.slice(span!.start - 100, span!.end - 100)).toBe('từ 0 giờ ngày 02/8/2021');
    const to = p.to!.provenance === 'extracted' ? p.to!.span : null;
    expect(text.slice(to!.start - 100, to!.end - 100)).toBe('đến hết ngày 15/8/2021');
  });

  test('the long form with minutes: "từ 00 giờ 00 phút, ngày 16 tháng 8 năm 2021 đến hết ngày 25 tháng 8 năm 2021"', () => {
    expect(
      values(
        'Tiếp tục áp dụng giãn cách từ 00 giờ 00 phút, ngày 16 tháng 8 năm 2021 đến hết ngày 25 tháng 8 năm 2021.',
      ),
    ).toMatchObject({ from: '2021-08-16T00:00', to: '2021-08-25' });
  });

  test('"trong vòng 14 ngày kể từ 0 giờ ngày 2/8/2021": the 14th day is the last, inferred', () => {
    const p = read('Áp dụng các biện pháp trong vòng 14 ngày kể từ 0 giờ ngày 2/8/2021.')!.inForce;
    expect(p.from?.value).toBe('2021-08-02T00:00');
    expect(p.to).toMatchObject({ provenance: 'inferred', value: '2021-08-15' });
  });

  test('"trong vòng mười ngày": a duration in words', () => {
    expect(values('Áp dụng giãn cách trong vòng mười ngày kể từ 0 giờ ngày 16/8/2021.')?.to).toBe('2021-08-25');
  });

  test('a printed end wins over the duration beside it', () => {
    expect(
      values('Thực hiện trong vòng 10 ngày từ 0 giờ ngày 16/8/2021 đến hết ngày 25/8/2021 trên toàn tỉnh.')?.to,
    ).toBe('2021-08-25');
  });

  test('"cho đến khi có thông báo mới": open by its own words', () => {
    expect(
      values(
        'Thực hiện giãn cách xã hội theo Chỉ thị 15 từ 0 giờ, ngày 23 tháng 9 năm 2021 cho đến khi có thông báo mới.',
      ),
    ).toEqual({ from: '2021-09-23T00:00', to: null, untilFurtherNotice: true, scope: null });
    expect(values('Tạm dừng hoạt động các quán karaoke cho đến khi có văn bản chỉ đạo mới.')?.untilFurtherNotice).toBe(
      true,
    );
  });

  test('"có hiệu lực kể từ ngày ký": from the date of issue, inferred, and said of the whole document', () => {
    const p = read('Chỉ thị này có hiệu lực kể từ ngày ký ban hành.')!;
    expect(p.validity).toBe(true);
    expect(p.inForce.from).toMatchObject({ provenance: 'inferred', value: '2021-08-01' });
  });

  test('"kể từ ngày ký" without a known date of issue gives no start', () => {
    expect(read('Quyết định này có hiệu lực kể từ ngày ký.', { issueDate: null, provinceId: null })).toBeNull();
  });

  test('"đến ngày 20/8/2021" is kept, with a period-ambiguous warning', () => {
    const p = read('Tạm dừng các hoạt động thể thao đến ngày 20/8/2021.')!;
    expect(p.inForce.to?.value).toBe('2021-08-20');
    expect(p.warnings).toMatchObject([{ code: 'period-ambiguous', line: 7 }]);
  });

  test('"đến hết ngày" is not ambiguous', () => {
    expect(read('Tạm dừng các hoạt động thể thao đến hết ngày 20/8/2021.')!.warnings).toEqual([]);
  });

  test('a day without its year takes the year printed beside it, else the year of issue, inferred', () => {
    expect(values('Thực hiện giãn cách từ ngày 2/8 đến hết ngày 15/8/2021.')?.from).toBe('2021-08-02');
    const p = read('Từ 0 giờ ngày 14/7, toàn tỉnh thực hiện giãn cách xã hội.', {
      issueDate: '2021-07-13' as IsoDate,
      provinceId: null,
    })!.inForce;
    expect(p.from).toMatchObject({ provenance: 'inferred', value: '2021-07-14T00:00' });
  });

  test('a day without its year and no date of issue gives nothing', () => {
    expect(
      read('Từ 0 giờ ngày 14/7, toàn tỉnh thực hiện giãn cách xã hội.', { issueDate: null, provinceId: null }),
    ).toBeNull();
  });

  test('the districts and communes named are its scope; "toàn tỉnh" and exceptions are not', () => {
    expect(
      values('Áp dụng giãn cách xã hội trên địa bàn huyện Nghi Xuân từ 0 giờ ngày 2/8/2021 đến hết ngày 15/8/2021.')
        ?.scope,
    ).toEqual(['huyện Nghi Xuân']);
    expect(values('Áp dụng Chỉ thị 16 tại các xã Xuân Hội, Xuân Phổ từ 0 giờ ngày 2/8/2021.')?.scope).toEqual([
      'xã Xuân Hội',
      'xã Xuân Phổ',
    ]);
    expect(
      values('Thực hiện giãn cách trên địa bàn tỉnh (trừ huyện Nghi Xuân) từ 0 giờ ngày 2/8/2021.')?.scope,
    ).toBeNull();
    expect(values('Áp dụng trên phạm vi toàn tỉnh từ 0 giờ ngày 2/8/2021.')?.scope).toBeNull();
  });
});

describe('periodIn: what only looks like a period', () => {
  test("a report of the situation (the Thanh Hóa seed's wording)", () => {
    expect(
      read('Trên địa bàn tỉnh ta, từ ngày 27/4/2021 đến ngày 22/7/2021 đã ghi nhận 67 ca dương tính với SARS-CoV-2.'),
    ).toBeNull();
    expect(read('Từ ngày 19/7/2021 đến nay, tỉnh đã thực hiện giãn cách xã hội theo Chỉ thị 16.')).toBeNull();
  });

  test('whom an order concerns by where they were', () => {
    expect(read('Người về từ vùng dịch từ ngày 10/7/2021 phải khai báo y tế.')).toBeNull();
    expect(read('Các trường hợp có mặt tại chợ Đầm từ ngày 1/8/2021 đến ngày 5/8/2021 phải cách ly.')).toBeNull();
  });

  test('a target or a deadline', () => {
    expect(read('Hoàn thành tiêm vắc xin cho người trên 18 tuổi đến hết ngày 31/12/2021.')).toBeNull();
    expect(read('Các sở báo cáo kết quả thực hiện đến ngày 15/8/2021.')).toBeNull();
  });

  test('a day with no order beside it, and the date of a cited document', () => {
    expect(read('Trong buổi làm việc từ ngày 2/8/2021 các đồng chí lãnh đạo đã trao đổi.')).toBeNull();
    expect(read('Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.')).toBeNull();
  });

  test('an end before the start gives nothing rather than a wrong period', () => {
    expect(read('Áp dụng giãn cách từ 0 giờ ngày 15/8/2021 đến hết ngày 2/8/2021.')).toBeNull();
  });
});
