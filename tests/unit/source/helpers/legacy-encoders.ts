import { execFileSync } from 'node:child_process';
import { VNI_TO_UNICODE } from '../../../../src/lib/source/legacy-font-tables.ts';
import { decodeWindows1252, WINDOWS_1252_BYTE } from '../../../../src/lib/source/windows-1252.ts';

/**
 * Encoders for the legacy forms a directive can arrive in, so fixtures are built from seed
 * excerpts here rather than taken from elsewhere. "Font text" is the Latin-1 string a
 * font-encoded file shows without its font ("ChØ thÞ"); `asSingleBytes` turns it into the raw
 * bytes a legacy file holds.
 */

/** The bytes TCVN3 (TCVN 5712:1993, table VN3) gives letters and tone marks. */
export const TCVN3_BYTES: readonly number[] = Array.from({ length: 0xff - 0xa1 + 1 }, (_, i) => 0xa1 + i);

/**
 * What glibc's `iconv -f TCVN5712-1` (Debian's libc-bin) reads each byte 0xA1–0xFF as: an
 * independent source for the TCVN3 table, so the encoder below is not the decoder's table
 * inverted. One byte per line, so that no tone mark (0xB0–0xB4) composes with a letter.
 */
export function iconvTcvn3(): Map<number, string> {
  const input = Buffer.from(TCVN3_BYTES.flatMap((byte) => [byte, 0x0a]));
  const lines = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input }).toString('utf8').split('\n');
  return new Map(TCVN3_BYTES.map((byte, i) => [byte, lines[i] ?? '']));
}

const UNICODE_TO_TCVN3 = new Map([...iconvTcvn3()].map(([byte, letter]) => [letter, String.fromCharCode(byte)]));

/**
 * Unicode → TCVN3 font text, from iconv's table. TCVN3 (VN3) has no code for most capitals with
 * tones: like a .VnTime typist, the encoder writes the lowercase letter's code ("Ủy" → "ñy").
 */
export function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => UNICODE_TO_TCVN3.get(c) ?? UNICODE_TO_TCVN3.get(c.toLowerCase()) ?? c)
    .join('');
}

/**
 * VNI has no national standard and glibc's iconv has no VNI converter, so there is no independent
 * table to build this encoder from: it inverts the decoder's own table, and the round trips in
 * legacy-font.test.ts show only that the two agree. The letters checked by hand there
 * ("Chæ thò", "Vieät Nam", …) are the independent check.
 */
const UNICODE_TO_VNI = new Map([...VNI_TO_UNICODE].map(([code, letter]) => [letter, code]));

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
