import { TCVN3_TO_UNICODE, VNI_TO_UNICODE } from '../../../../src/lib/source/legacy-font-tables.ts';
import { decodeWindows1252, WINDOWS_1252_BYTE } from '../../../../src/lib/source/windows-1252.ts';

/**
 * Encoders for the legacy forms a directive can arrive in, each the inverse of what the
 * reader decodes, so fixtures are built from seed excerpts here rather than taken from
 * elsewhere. "Font text" is the Latin-1 string a font-encoded file shows without its font
 * ("ChØ thÞ"); `asSingleBytes` turns it into the raw bytes a legacy file holds.
 */

function invert(table: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...table].map(([code, letter]) => [letter, code]));
}

const UNICODE_TO_TCVN3 = invert(TCVN3_TO_UNICODE);
const UNICODE_TO_VNI = invert(VNI_TO_UNICODE);

/**
 * Unicode → TCVN3 font text. TCVN3 (VN3) has no code for most capitals with tones: like a
 * .VnTime typist, the encoder writes the lowercase letter's code ("Ủy" → "ñy").
 */
export function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => UNICODE_TO_TCVN3.get(c) ?? UNICODE_TO_TCVN3.get(c.toLowerCase()) ?? c)
    .join('');
}

/** Unicode → VNI font text ("Chỉ thị" → "Chæ thò"). */
export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map((c) => UNICODE_TO_VNI.get(c) ?? c).join('');
}

const WINDOWS_1258 = byteTable('windows-1258');

function byteTable(label: string): Map<string, number> {
  const chars = new TextDecoder(label).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return new Map([...chars].map((c, i) => [c, i]));
}

const QUESTION_MARK = 0x3f;

/** A Latin-1/Windows-1252 string as the single bytes a legacy file stores ("?" for anything else). */
export function asSingleBytes(fontText: string): Uint8Array {
  return Uint8Array.from([...fontText], (c) => WINDOWS_1252_BYTE.get(c) ?? QUESTION_MARK);
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Unicode → Windows-1258 bytes. The code page has precomposed letters for the Latin-1
 * repertoire and ă â đ ê ô ơ ư; other tones are a combining byte after the letter, so
 * "ế" is ê (0xEA) + acute (0xEC).
 */
export function encodeWindows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const c of text.normalize('NFC')) {
    const direct = WINDOWS_1258.get(c);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const parts = c.normalize('NFD');
    const tone = [...parts].find((p) => TONE_MARKS.test(p));
    const base = [...parts]
      .filter((p) => p !== tone)
      .join('')
      .normalize('NFC');
    bytes.push(WINDOWS_1258.get(base) ?? QUESTION_MARK);
    if (tone !== undefined) bytes.push(WINDOWS_1258.get(tone) ?? QUESTION_MARK);
  }
  return Uint8Array.from(bytes);
}

/** UTF-8 read back as Windows-1252 ("Chỉ thị" → "Chá»‰ thá»‹"), the double-encoding accident. */
export function doubleEncode(text: string): string {
  return decodeWindows1252(new TextEncoder().encode(text));
}
