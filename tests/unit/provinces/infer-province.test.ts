import { describe, expect, test } from 'vitest';
import { inferProvince } from '../../../src/lib/provinces/index.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';
import { SEEDS, seedText } from '../../setup/seeds.ts';

const phrasesOf = (text: string) => inferProvince(text)?.evidence.map((m) => m.phrase) ?? [];

describe('inferProvince on the seeds', () => {
  test('places the Hải Dương body, which never names its province, by its city and districts', () => {
    const text = seedText(SEEDS.haiDuong);
    expect(inferProvince(text)?.provinceId).toBe('hai-duong');
    expect(phrasesOf(text)).toEqual(expect.arrayContaining(['thành phố Hải Dương', 'huyện Gia Lộc']));
  });

  test('places the Hưng Yên letter, misspelt dateline included', () => {
    const text = seedText(SEEDS.hungYen);
    expect(inferProvince(text)?.provinceId).toBe('hung-yen');
    expect(phrasesOf(text)).toContain('Hung Yên');
  });

  test('places the Sơn La directive', () => {
    expect(inferProvince(seedText(SEEDS.sonLa))?.provinceId).toBe('son-la');
  });

  test('places the Thanh Hóa letter although it names TP. Hồ Chí Minh and Hà Nội', () => {
    const inference = inferProvince(seedText(SEEDS.thanhHoa));
    expect(inference?.provinceId).toBe('thanh-hoa');
    expect(inference?.evidence.every((m) => m.provinceId === 'thanh-hoa')).toBe(true);
  });

  test('places the Nghệ An page', () => {
    expect(inferProvince(seedText(SEEDS.ngheAn))?.provinceId).toBe('nghe-an');
  });
});

describe('inferProvince: only a clear winner', () => {
  test('one unambiguous district is enough', () => {
    expect(inferProvince(normalizeText('tại huyện Gia Lộc'))?.provinceId).toBe('hai-duong');
  });

  test('a district name shared by many provinces is not', () => {
    expect(inferProvince(normalizeText('tại huyện Châu Thành'))).toBeUndefined();
  });

  test('two provinces named as often as each other give no answer', () => {
    expect(inferProvince(normalizeText('người về từ Bắc Giang và Bắc Ninh'))).toBeUndefined();
  });

  test('a text with no place gives no answer', () => {
    expect(inferProvince('Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện nghiêm.')).toBeUndefined();
  });
});
