/**
 * Every function gives the same answer for decomposed (NFD) input as for composed (NFC) input:
 * copied text arrives in either form, and a search must not depend on which.
 */
import { describe, expect, test } from 'vitest';
import {
  canonicalToneSpelling,
  foldDiacritics,
  foldKey,
  hasDiacritics,
  normalizeText,
  segmentWords,
  syllableKeys,
  syllables,
  toTelex,
  tokenize,
} from '../../../src/lib/text/index.ts';
import { telexCopy } from '../../../src/lib/search/telex-copy.ts';

const samples = [
  'Thanh Hóa',
  'Thanh Hoá, ngày 22/7/2021',
  'Ban Thường vụ Tỉnh ủy: Chỉ thị 16/CT-TTg; Báo cáo số 109-BC/BCSĐ',
  'tiêm vắc-xin phòng Covid - 19 cho người dân, khoẻ mạnh',
];
const stringFunctions = {
  normalizeText,
  canonicalToneSpelling,
  foldDiacritics,
  foldKey,
  toTelex,
  telexCopy,
  hasDiacritics,
  syllables,
  syllableKeys,
  segmentWords,
};

describe('NFD input', () => {
  for (const [name, fn] of Object.entries(stringFunctions)) {
    test.each(samples)(`${name} gives the same result for NFD and NFC: %s`, (sample) => {
      const nfc = sample.normalize('NFC');
      const nfd = sample.normalize('NFD');
      expect(nfd).not.toBe(nfc);
      expect((fn as (s: string) => unknown)(nfd)).toEqual((fn as (s: string) => unknown)(nfc));
    });
  }

  test.each(samples)('tokenize gives the same token texts and kinds, with offsets into the NFD input: %s', (sample) => {
    const nfd = sample.normalize('NFD');
    const fromNfd = tokenize(nfd);
    expect(fromNfd.map(({ text, kind }) => [text, kind])).toEqual(
      tokenize(sample).map(({ text, kind }) => [text, kind]),
    );
    for (const token of fromNfd) expect(nfd.slice(token.start, token.end).normalize('NFC')).toBe(token.text);
  });
});
