import { describe, expect, test } from 'vitest';
import { findProvinceMentions, type ProvinceMention } from '../../../src/lib/provinces/index.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';
import { SEEDS, seedText } from '../../setup/seeds.ts';

/** "provinceId kind form «phrase»" per mention: readable at a glance in a failing test. */
function summary(mentions: ProvinceMention[]): string[] {
  return mentions.map((m) => `${m.provinceId} ${m.kind} ${m.form} «${m.phrase}»`);
}

const mentionsIn = (text: string) => summary(findProvinceMentions(normalizeText(text)));

describe('findProvinceMentions on the seeds', () => {
  test('Hải Dương: the city, huyện Gia Lộc, and a list of districts after one "huyện"', () => {
    expect(summary(findProvinceMentions(seedText(SEEDS.haiDuong)))).toEqual([
      'hai-duong district prefixed «thành phố Hải Dương»',
      'hai-duong district prefixed «thành phố Hải Dương»',
      'hai-duong district prefixed «huyện Gia Lộc»',
      'hai-duong district prefixed «thành phố Hải Dương»',
      'hai-duong district prefixed «thành phố Hải Dương»',
      'hai-duong district prefixed «huyện Bình Giang»',
      'hai-duong district listed «Thanh Hà»',
      'hai-duong district listed «Nam Sách»',
    ]);
  });

  test('Hưng Yên: the misspelt dateline, the province, its districts and their party committees', () => {
    expect(summary(findProvinceMentions(seedText(SEEDS.hungYen)))).toEqual([
      'hung-yen province place-line «Hung Yên»',
      'hung-yen district prefixed «thị xã Mỹ Hào»',
      'hung-yen district prefixed «huyện Khoái Châu»',
      'hung-yen province prefixed «tỉnh Hưng Yên»',
      'hung-yen province prefixed «tỉnh Hưng Yên»',
      'hung-yen district prefixed «Huyện ủy Phù Cừ»',
      'hung-yen district prefixed «Huyện ủy Khoái Châu»',
      'hung-yen district prefixed «Thị ủy Mỹ Hào»',
    ]);
  });

  test('Sơn La: "tỉnh Sơn La" twice and the newspaper "Báo Sơn La"', () => {
    expect(summary(findProvinceMentions(seedText(SEEDS.sonLa)))).toEqual([
      'son-la province prefixed «tỉnh Sơn La»',
      'son-la province prefixed «tỉnh Sơn La»',
      'son-la province bare «Sơn La»',
    ]);
  });

  test('Thanh Hóa: its own name, and the places its cases come from', () => {
    expect(summary(findProvinceMentions(seedText(SEEDS.thanhHoa)))).toEqual([
      'thanh-hoa province place-line «Thanh Hóa»',
      'ho-chi-minh province prefixed «thành phố Hồ Chí Minh»',
      'ha-noi province bare «Hà Nội»',
      'ho-chi-minh province prefixed «thành phố Hồ Chí Minh»',
      'thanh-hoa province bare «Thanh Hóa»',
      'thanh-hoa province bare «Thanh Hóa»',
      'thanh-hoa province bare «Thanh Hóa»',
      'thanh-hoa province bare «Thanh Hóa»',
    ]);
  });

  test('Nghệ An: "TP Vinh" and "huyện Nam Đàn" in the web page’s related links are Nghệ An’s', () => {
    const mentions = findProvinceMentions(seedText(SEEDS.ngheAn));
    expect(new Set(mentions.map((m) => m.provinceId))).toEqual(new Set(['nghe-an']));
    expect(summary(mentions)).toContain('nghe-an district prefixed «TP Vinh»');
  });

  test('offsets point at the phrase in the text given', () => {
    const text = seedText(SEEDS.hungYen);
    for (const m of findProvinceMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.phrase);
  });
});

describe('findProvinceMentions: ordinary words are not places', () => {
  test('"tỉnh", "thanh" and lower-case words after a unit word never make a mention', () => {
    const text =
      'Thanh niên tình nguyện; tỉnh ta thanh tra, thanh toán; tỉnh báo cáo; các tỉnh, thành phố phía Nam; huyện ủy, thị ủy, thành ủy.';
    expect(mentionsIn(text)).toEqual([]);
  });

  test('bare names count only as written with their capitals: "hòa bình" is peace', () => {
    expect(mentionsIn('giữ vững hòa bình, thanh hóa')).toEqual([]);
    expect(mentionsIn('về từ Hòa Bình')).toEqual(['hoa-binh province bare «Hòa Bình»']);
  });

  test('the Pacific, the President and a street are not provinces', () => {
    expect(mentionsIn('các nước Thái Bình Dương')).toEqual([]);
    expect(mentionsIn('Đoàn TNCS Hồ Chí Minh, tư tưởng Hồ Chí Minh')).toEqual([]);
    expect(mentionsIn('số 12 Điện Biên Phủ')).toEqual([]);
  });

  test('a person’s name after "tỉnh" is not read as a place', () => {
    expect(mentionsIn('Chủ tịch UBND tỉnh Nguyễn Đức Trung; Chủ tịch HĐND tỉnh Thái Thanh Quý')).toEqual([]);
  });
});

describe('findProvinceMentions: the forms of a name', () => {
  test('reads names after a unit word tolerantly: no diacritics, other tone placement, capitals', () => {
    expect(mentionsIn('tỉnh Hung Yen; TỈNH ỦY THANH HOÁ; thành phố Thanh Hoá')).toEqual([
      'hung-yen province prefixed «tỉnh Hung Yen»',
      'thanh-hoa province prefixed «TỈNH ỦY THANH HOÁ»',
      'thanh-hoa district prefixed «thành phố Thanh Hoá»',
    ]);
  });

  test('tells "huyện Thạnh Hóa" (Long An) from the city of Thanh Hóa by its exact spelling', () => {
    expect(mentionsIn('huyện Thạnh Hóa')).toEqual(['long-an district prefixed «huyện Thạnh Hóa»']);
  });

  test('a centrally-run city after "thành phố" is the province; a province’s city is a district', () => {
    expect(mentionsIn('thành phố Hồ Chí Minh, thành phố Hải Dương, thành phố Huế')).toEqual([
      'ho-chi-minh province prefixed «thành phố Hồ Chí Minh»',
      'hai-duong district prefixed «thành phố Hải Dương»',
      'thua-thien-hue district prefixed «thành phố Huế»',
    ]);
  });

  test('knows the abbreviations of TP. Hồ Chí Minh and its numbered districts', () => {
    expect(mentionsIn('về từ HCM, TP.HCM, TP. HCM và Quận 1, 3')).toEqual([
      'ho-chi-minh province bare «HCM»',
      'ho-chi-minh province prefixed «TP.HCM»',
      'ho-chi-minh province prefixed «TP. HCM»',
      'ho-chi-minh district prefixed «Quận 1»',
      'ho-chi-minh district listed «3»',
    ]);
  });

  test('a hyphenated name matches with any spacing around the hyphen', () => {
    expect(mentionsIn('Bà Rịa-Vũng Tàu và Bà Rịa - Vũng Tàu')).toEqual([
      'ba-ria-vung-tau province bare «Bà Rịa-Vũng Tàu»',
      'ba-ria-vung-tau province bare «Bà Rịa - Vũng Tàu»',
    ]);
  });

  test('a district name shared by several provinces counts for each of them', () => {
    const mentions = findProvinceMentions('huyện Châu Thành');
    expect(mentions.length).toBeGreaterThan(5);
    expect(mentions.every((m) => m.candidates === mentions.length && m.kind === 'district')).toBe(true);
    expect(mentions.map((m) => m.provinceId)).toEqual(expect.arrayContaining(['tien-giang', 'an-giang', 'long-an']));
  });

  test('"thành phố Hòa Bình" is the city, not huyện Hòa Bình of Bạc Liêu: the unit word decides', () => {
    expect(mentionsIn('thành phố Hòa Bình; huyện Hòa Bình')).toEqual([
      'hoa-binh district prefixed «thành phố Hòa Bình»',
      'bac-lieu district prefixed «huyện Hòa Bình»',
    ]);
  });

  test('NFD text, once normalised, gives the same mentions as NFC', () => {
    const nfc = 'Hung Yên, ngày 08 tháng 5 năm 2021\ntrên địa bàn tỉnh Hưng Yên, huyện Khoái Châu';
    expect(mentionsIn(nfc.normalize('NFD'))).toEqual(mentionsIn(nfc));
  });
});
