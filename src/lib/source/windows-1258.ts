/**
 * Windows-1258, the Vietnamese Windows code page.
 *
 * Why the NFC step: cp1258 has precomposed letters only for the Latin-1 repertoire plus
 * ă â đ ê ô ơ ư; every other tone is a separate combining byte after the vowel. "Chỉ thị"
 * is the bytes 43 68 69 D2 20 74 68 69 F2: i + U+0309 (hook), i + U+0323 (dot below).
 * Decoded as is, that is NFD-like text; composed, it matches what a Unicode file holds.
 * (Node's TextDecoder knows 'windows-1258' through its ICU data.)
 */

const decoder = new TextDecoder('windows-1258');

/** Letters that only Vietnamese text decoded this way contains. */
const VIETNAMESE_LETTER = /[ăĂâÂđĐêÊôÔơƠưƯ\u1EA0-\u1EF9]/u;

export interface Windows1258Text {
  text: string;
  /** Whether the result has Vietnamese letters, i.e. whether the guess looks right. */
  looksVietnamese: boolean;
}

export function decodeWindows1258(bytes: Uint8Array): Windows1258Text {
  const text = decoder.decode(bytes).normalize('NFC');
  return { text, looksVietnamese: VIETNAMESE_LETTER.test(text) };
}
