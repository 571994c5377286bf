import { describe, expect, test } from 'vitest';
import { getProvince, listProvinces, listProvinces2025, listRegions } from '../../../src/lib/provinces/index.ts';

/** The 1 July 2025 merger as the resolution lists it: each of the 34 and what it took in. */
const MERGED_INTO: Record<string, string[]> = {
  'ha-noi': ['ha-noi'],
  hue: ['thua-thien-hue'],
  'lai-chau': ['lai-chau'],
  'dien-bien': ['dien-bien'],
  'son-la': ['son-la'],
  'lang-son': ['lang-son'],
  'quang-ninh': ['quang-ninh'],
  'thanh-hoa': ['thanh-hoa'],
  'nghe-an': ['nghe-an'],
  'ha-tinh': ['ha-tinh'],
  'cao-bang': ['cao-bang'],
  'tuyen-quang': ['tuyen-quang', 'ha-giang'],
  'lao-cai': ['lao-cai', 'yen-bai'],
  'thai-nguyen': ['thai-nguyen', 'bac-kan'],
  'phu-tho': ['phu-tho', 'vinh-phuc', 'hoa-binh'],
  'bac-ninh': ['bac-ninh', 'bac-giang'],
  'hung-yen': ['hung-yen', 'thai-binh'],
  'hai-phong': ['hai-phong', 'hai-duong'],
  'ninh-binh': ['ninh-binh', 'ha-nam', 'nam-dinh'],
  'quang-tri': ['quang-tri', 'quang-binh'],
  'da-nang': ['da-nang', 'quang-nam'],
  'quang-ngai': ['quang-ngai', 'kon-tum'],
  'gia-lai': ['gia-lai', 'binh-dinh'],
  'khanh-hoa': ['khanh-hoa', 'ninh-thuan'],
  'lam-dong': ['lam-dong', 'dak-nong', 'binh-thuan'],
  'dak-lak': ['dak-lak', 'phu-yen'],
  'ho-chi-minh': ['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau'],
  'dong-nai': ['dong-nai', 'binh-phuoc'],
  'tay-ninh': ['tay-ninh', 'long-an'],
  'can-tho': ['can-tho', 'soc-trang', 'hau-giang'],
  'vinh-long': ['vinh-long', 'ben-tre', 'tra-vinh'],
  'dong-thap': ['dong-thap', 'tien-giang'],
  'ca-mau': ['ca-mau', 'bac-lieu'],
  'an-giang': ['an-giang', 'kien-giang'],
};

describe('the provinces of 2020–2022', () => {
  test('are exactly 63, with unique ids and GSO codes', () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(63);
    expect(new Set(provinces.map((p) => p.id)).size).toBe(63);
    expect(new Set(provinces.map((p) => p.gsoCode)).size).toBe(63);
  });

  test('have ASCII kebab ids', () => {
    for (const p of listProvinces()) expect(p.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(getProvince('ba-ria-vung-tau')?.name).toBe('Bà Rịa - Vũng Tàu');
  });

  test('are 58 provinces and 5 centrally-run cities', () => {
    const cities = listProvinces()
      .filter((p) => p.kind === 'thành phố')
      .map((p) => p.id);
    expect(cities.sort()).toEqual(['can-tho', 'da-nang', 'ha-noi', 'hai-phong', 'ho-chi-minh']);
  });

  test('show TP. Hồ Chí Minh by its usual name and keep the official one', () => {
    expect(getProvince('ho-chi-minh')).toMatchObject({
      name: 'TP. Hồ Chí Minh',
      officialName: 'Thành phố Hồ Chí Minh',
    });
    expect(getProvince('thanh-hoa')).toMatchObject({ name: 'Thanh Hóa', officialName: 'Tỉnh Thanh Hóa', kind: 'tỉnh' });
  });

  test('fall into the six GSO regions: 14, 11, 14, 5, 6 and 13 provinces', () => {
    const counts = listRegions().map((r) => listProvinces().filter((p) => p.region.id === r.id).length);
    expect(counts).toEqual([14, 11, 14, 5, 6, 13]);
    expect(getProvince('son-la')?.region).toEqual({
      id: 'trung-du-mien-nui-phia-bac',
      vi: 'Trung du và miền núi phía Bắc',
      en: 'Northern Midlands and Mountain Areas',
    });
  });
});

describe('since2025', () => {
  test('targets are exactly the 34 provinces of 1 July 2025, and every one resolves', () => {
    const targets = new Set(listProvinces().map((p) => p.since2025.id));
    const the34 = listProvinces2025();
    expect(the34).toHaveLength(34);
    expect(targets.size).toBe(34);
    expect([...targets].sort()).toEqual(the34.map((p) => p.id).sort());
    for (const p of listProvinces()) {
      expect(the34.find((t) => t.id === p.since2025.id)?.name).toBe(p.since2025.name);
    }
  });

  test('follows the merger: 11 unchanged, 23 formed from two or three provinces', () => {
    for (const [target, members] of Object.entries(MERGED_INTO)) {
      const actual = listProvinces()
        .filter((p) => p.since2025.id === target)
        .map((p) => p.id);
      expect(actual.sort(), target).toEqual([...members].sort());
    }
  });

  test('sends Thừa Thiên Huế to the city of Huế and Hải Dương to Hải Phòng', () => {
    expect(getProvince('thua-thien-hue')?.since2025).toEqual({ id: 'hue', name: 'Huế' });
    expect(getProvince('hai-duong')?.since2025).toEqual({ id: 'hai-phong', name: 'Hải Phòng' });
  });
});

describe('districts', () => {
  test('of the seeds’ provinces are the 2020–2022 ones', () => {
    expect(getProvince('hai-duong')?.districts).toEqual(
      expect.arrayContaining(['Hải Dương', 'Chí Linh', 'Gia Lộc', 'Bình Giang', 'Thanh Hà', 'Nam Sách', 'Kinh Môn']),
    );
    expect(getProvince('hung-yen')?.districts).toEqual(expect.arrayContaining(['Khoái Châu', 'Phù Cừ', 'Mỹ Hào']));
    expect(getProvince('son-la')?.districts).toEqual(expect.arrayContaining(['Sơn La', 'Mai Sơn', 'Mộc Châu']));
    expect(getProvince('nghe-an')?.districts).toEqual(expect.arrayContaining(['Vinh', 'Nam Đàn', 'Anh Sơn']));
  });

  test('keep units merged away only after 2022 (Đông Sơn in Thanh Hóa, Mỹ Lộc in Nam Định)', () => {
    expect(getProvince('thanh-hoa')?.districts).toContain('Đông Sơn');
    expect(getProvince('nam-dinh')?.districts).toContain('Mỹ Lộc');
    expect(getProvince('thanh-hoa')?.districts).toHaveLength(28); // 27 units + Tĩnh Gia (renamed 2020)
  });

  test('keep the units TP. Hồ Chí Minh merged into Thủ Đức city in 2021', () => {
    expect(getProvince('ho-chi-minh')?.districts).toEqual(expect.arrayContaining(['1', '2', '9', 'Thủ Đức', 'Gò Vấp']));
  });

  test('number 713: the 705 units of 2021–2023 and 8 gone during 2020', () => {
    const total = listProvinces().reduce((n, p) => n + p.districts.length, 0);
    // A name held by two units of one province counts once: huyện and thị xã Kỳ Anh, Cai Lậy,
    // Duyên Hải, Cao Lãnh, Hồng Ngự, Long Mỹ; quận and thành phố Thủ Đức.
    expect(total).toBe(713 - 7);
  });
});
