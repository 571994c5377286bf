/**
 * The date a relay's lead opens with (catalogue L1, L4, B6): read with or without "ngày", after a
 * time of day or a newspaper's dateline; left absent when the lead prints no year.
 */
import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';

const relay = (lead: string) =>
  parseDirective({
    file: 'relay.txt',
    text: `UBND tỉnh yêu cầu tạm dừng karaoke\n\n${lead}\n\nXem chi tiết tại đây`,
  });
const rest = 'UBND tỉnh Hà Nam ban hành Công văn số 2412/UBND-KGVX về việc tạm dừng hoạt động karaoke.';

describe('the date a news lead opens with', () => {
  test.each([
    [`Ngày 21/7/2021, ${rest}`, '2021-07-21'],
    [`Vào ngày 21-7-2021, ${rest}`, '2021-07-21'],
    [`Sáng 21/7/2021, ${rest}`, '2021-07-21'],
    [`Chiều ngày 21.7.2021, ${rest}`, '2021-07-21'],
    [`(BTN) - Ngày 21/7/2021, ${rest}`, '2021-07-21'],
    [`ĐT - Tối 21/7/2021, ${rest}`, '2021-07-21'],
    [
      `UBND tỉnh Hà Nam vừa ký ban hành Công văn số 2412/UBND-KGVX ngày 21/7/2021 về việc tạm dừng karaoke.`,
      '2021-07-21',
    ],
  ])('%j → %s', (lead, iso) => {
    const d = relay(lead);
    expect(d.date?.value).toBe(iso);
    expect(d.number?.value).toBe('2412/UBND-KGVX');
  });

  test.each([[`Tối 8/9, ${rest}`], [`Ngày 16-4, ${rest}`], [`Ngày 31/2/2021, ${rest}`]])('%j → no date', (lead) => {
    expect(relay(lead).date).toBeNull();
  });

  test('portal dates above the lead are never its date (B4)', () => {
    const d = parseDirective({
      file: 'relay.txt',
      text: `Ngày đăng: 14/06/2022  09:12\nCập nhật ngày: 15/06/2022 10:03:51\n\nTối 8/9, ${rest}`,
    });
    expect(d.date).toBeNull();
    expect(d.number?.value).toBe('2412/UBND-KGVX');
  });
});
