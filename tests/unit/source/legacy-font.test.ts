import { describe, expect, test } from 'vitest';
import { convertLegacyFont } from '../../../src/lib/source/legacy-font-convert.ts';
import { detectLegacyFont, scoreLegacyFonts } from '../../../src/lib/source/legacy-font-detect.ts';
import { TCVN3_TO_UNICODE, VNI_TO_UNICODE } from '../../../src/lib/source/legacy-font-tables.ts';
import { isVietnameseSyllable } from '../../../src/lib/source/vietnamese-syllable.ts';
import { encodeTcvn3, encodeVni, iconvTcvn3 } from './helpers/legacy-encoders.ts';
import { SEED_FILES, SEEDS, readSeed, seedExcerpt } from '../../setup/seeds.ts';

describe('convertLegacyFont', () => {
  test.each([
    ['tcvn3', 'ChØ thÞ', 'Chỉ thị'],
    ['tcvn3', 'TØnh ñy NghÖ An', 'Tỉnh ủy Nghệ An'],
    ['tcvn3', 'phßng, chèng dÞch', 'phòng, chống dịch'],
    ['tcvn3', '§¶ng', 'Đảng'],
    ['tcvn3', 'n­íc', 'nước'],
    ['vni', 'Chæ thò', 'Chỉ thị'],
    ['vni', 'Vieät Nam', 'Việt Nam'],
    ['vni', 'caùc', 'các'],
    ['vni', 'ngöôøi', 'người'],
    ['vni', 'VIEÄT NAM', 'VIỆT NAM'],
  ] as const)('%s "%s" → "%s"', (font, legacy, unicode) => {
    expect(convertLegacyFont(legacy, font)).toBe(unicode);
  });

  test('TCVN3 capitals typed with .VnTimeH come back as capitals when the whole word was', () => {
    expect(convertLegacyFont('CHØ THÞ', 'tcvn3')).toBe('CHỈ THỊ');
    expect(convertLegacyFont('ñY BAN', 'tcvn3')).toBe('ỦY BAN');
    expect(convertLegacyFont('§¹I', 'tcvn3')).toBe('ĐẠI');
  });

  test('…and a word capitalised only at its start keeps the rest lowercase', () => {
    expect(convertLegacyFont('Xø Thanh', 'tcvn3')).toBe('Xứ Thanh');
    expect(convertLegacyFont('§ång chÝ', 'tcvn3')).toBe('Đồng chí');
  });

  test('TCVN3 combining tone marks (0xB0–0xB4) are composed', () => {
    expect(convertLegacyFont('a\u00B3', 'tcvn3')).toBe('á');
  });

  test('characters outside the font pass through: digits, ASCII, “quotes”, no-break spaces', () => {
    expect(convertLegacyFont('Sè 07-CT/TU “kh\u00A0Èn”', 'tcvn3')).toBe('Số 07-CT/TU “kh\u00A0ẩn”');
  });
});

describe('the mapping tables', () => {
  test('TCVN3 maps each of the 95 bytes 0xA1–0xFF to a different letter or mark', () => {
    expect(TCVN3_TO_UNICODE.size).toBe(95);
    expect(new Set(TCVN3_TO_UNICODE.values()).size).toBe(95);
    expect([...TCVN3_TO_UNICODE.keys()].every((c) => c >= '\u00A1' && c <= '\u00FF')).toBe(true);
  });

  test('TCVN3 reads each byte 0xA1–0xFF as glibc’s iconv -f TCVN5712-1 does', () => {
    const differences = [...iconvTcvn3()]
      .map(([byte, letter]) => [byte.toString(16), TCVN3_TO_UNICODE.get(String.fromCharCode(byte)), letter])
      .filter(([, ours, iconv]) => ours !== iconv);
    expect(differences).toEqual([]);
    expect(iconvTcvn3().get(0xb8)).toBe('á');
  });

  test('VNI covers all 134 Vietnamese letters (the four that VNI writes as Unicode does, í ì Í Ì, need no entry)', () => {
    expect(VNI_TO_UNICODE.size).toBe(130);
    expect(new Set(VNI_TO_UNICODE.values()).size).toBe(130);
    expect([...VNI_TO_UNICODE.keys()].every((code) => code.length <= 2 && /^[\u0000-\u00FF]+$/.test(code))).toBe(true);
  });

  test.each(SEED_FILES)('every seed survives encoding and converting back: %s', (name) => {
    const seed = readSeed(name);
    expect(convertLegacyFont(encodeVni(seed), 'vni')).toBe(seed);
    // TCVN3 has no codes for most capitals with tones, so the comparison ignores case.
    expect(convertLegacyFont(encodeTcvn3(seed), 'tcvn3').toLowerCase()).toBe(seed.toLowerCase());
  });
});

describe('detectLegacyFont', () => {
  test.each(SEED_FILES)('finds each font in %s encoded that way, by a wide margin', (name) => {
    const seed = readSeed(name);
    for (const font of ['tcvn3', 'vni'] as const) {
      const legacy = font === 'tcvn3' ? encodeTcvn3(seed) : encodeVni(seed);
      const found = detectLegacyFont(legacy);
      expect(found?.font).toBe(font);
      expect(found?.density).toBeGreaterThan(0.75);
      expect(found?.syllables).toBeGreaterThan(0.98);
      // The other font's conversion does not read as Vietnamese.
      const other = scoreLegacyFonts(legacy).fonts.find((f) => f.font !== font);
      expect(other?.syllables ?? 0).toBeLessThan(0.8);
    }
  });

  test.each(SEED_FILES)('finds nothing in the Unicode seed %s, composed or decomposed', (name) => {
    const seed = readSeed(name);
    expect(detectLegacyFont(seed)).toBeNull();
    expect(detectLegacyFont(seed.normalize('NFD'))).toBeNull();
    const { unicode, fonts } = scoreLegacyFonts(seed);
    expect(unicode).toBeGreaterThan(500);
    for (const f of fonts) expect(f.density).toBeLessThan(0.02);
  });

  test('finds nothing in Vietnamese typed without accents', () => {
    expect(
      detectLegacyFont('Chi thi so 07-CT/TU ve tang cuong lanh dao, chi dao phong, chong dich Covid-19'),
    ).toBeNull();
  });

  test('finds nothing in French, German or English with symbols, though each has the characters', () => {
    const french =
      "Où est passé le goût d'antan ? Noël approche, et la naïveté des enfants réjouit les aïeux. " +
      "Le coût de la vie a augmenté ; à Paris, les cafés ferment tôt. Où aller ? Le maïs coûte plus qu'en août.";
    const german =
      'Schöne Grüße aus München! Die Straße ist für Fußgänger gesperrt, während die Bäume geschnitten werden. ' +
      'Größere Änderungen müssen schriftlich beantragt werden, gemäß § 12 Abs. 3 der Verordnung.';
    const english = 'Copyright © 2021 Example Corp®. See § 4 and § 5; 25°C, 30 m², ½ · ¼. The “Terms” apply.';
    for (const text of [french, german, english]) expect(detectLegacyFont(text)).toBeNull();
    // The French paragraph is dense with VNI-like pairs ("où", "aï") and still fails on syllables.
    const vni = scoreLegacyFonts(french).fonts.find((f) => f.font === 'vni');
    expect(vni?.density).toBeGreaterThan(0.3);
    expect(vni?.syllables).toBeLessThan(0.5);
  });

  test('a Unicode directive quoting a few TCVN3 words is left alone', () => {
    const excerpt = seedExcerpt(SEEDS.ngheAn, 1, 5);
    expect(detectLegacyFont(`${excerpt}\n(b¶n gèc: ChØ thÞ sè 07)`)).toBeNull();
  });
});

describe('isVietnameseSyllable', () => {
  test.each(['các', 'nghiêm', 'giữ', 'quyết', 'trường', 'người', 'khuyến', 'Đảng', 'ỦY'])(
    '"%s" is a syllable',
    (word) => {
      expect(isVietnameseSyllable(word)).toBe(true);
    },
  );
  test.each(['passé', 'Corpđ', 'Straße', 'réjouit', 'ắá', 'thiếtt'])('"%s" is not', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
