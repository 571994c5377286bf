/**
 * Mapping tables for the two Vietnamese font encodings used before Unicode, as data.
 *
 * Why these exist: until the mid-2000s most provincial offices typed in 8-bit "fonts"
 * whose glyphs for Latin-1 code points were drawn as Vietnamese letters. Strip the font
 * and what remains is the Latin-1 letter: copy text typed in .VnTime out of Word into a
 * UTF-8 file and "Chỉ thị" becomes "ChØ thÞ". Files reach us either as those raw single
 * bytes or, more often, already re-saved as UTF-8 of the wrong Latin letters. Either way
 * the characters are the same Latin-1 code points (raw bytes are read as Windows-1252),
 * so one table per encoding serves both.
 *
 * No npm package is kept well enough to depend on (looked at when this was written:
 * vietnamese-unicode-toolkit 0.0.1 only composes combining marks; vietnamese-conversion
 * 2.0.0 ships no tests and writes TCVN3 capitals in a convention of its own), so the
 * tables are here, from the standards.
 */

/**
 * TCVN3, the "ABC" encoding of the .VnTime / .VnArial fonts: TCVN 5712:1993, table VN3.
 *
 * One byte per letter. Rows below are bytes 0xA1–0xFF in order (0xA0 is a no-break space
 * in both TCVN3 and Latin-1, so it is left alone). VN3 itself holds the lowercase letters;
 * the few capitals that TCVN 5712's fuller table VN1 places in this same range (Ằ at 0xAF,
 * Ầ at 0xC1, …) are included since no VN3 letter uses those bytes. VN1's other capitals
 * live at 0x01–0x17 and 0x80–0x9F, which in a UTF-8 file are controls or curly quotes
 * (“ is 0x93), so they are not mapped: converting real quotes into letters would do harm.
 * Capitals typed with the separate capitals font (.VnTimeH) reuse the lowercase codes;
 * the converter restores them for all-capitals words only (see legacy-font.ts).
 *
 * Examples from the seeds, as they would arrive: "ChØ thÞ" = Chỉ thị, "TØnh ñy" = Tỉnh
 * ủy, "phßng, chèng dÞch" = phòng, chống dịch, "§¶ng" = Đảng.
 *
 * 0xB0–0xB4 are the standard's combining tone marks (grave, hook, tilde, acute, dot
 * below); after conversion the text is composed to NFC.
 */
const TCVN3_ROWS: readonly (readonly string[])[] = [
  /* A1 */ ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ'],
  /* B0 */ ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ'],
  /* C0 */ ['Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ'],
  /* D0 */ ['é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò'],
  /* E0 */ ['Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù'],
  /* F0 */ ['Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố'],
];

const TCVN3_FIRST_BYTE = 0xa1;

/** Latin-1 character (as the font's byte) → the Vietnamese letter or mark it stood for. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(
  TCVN3_ROWS.flat().map((letter, i) => [String.fromCharCode(TCVN3_FIRST_BYTE + i), letter]),
);

/**
 * VNI, the encoding of the VNI-Times / VNI-Helve fonts (VNI Software's "VNI for Windows"
 * table; it has no national standard).
 *
 * A letter is an ASCII base followed by one Latin-1 byte that the font draws as its
 * diacritics: "Chæ thò" = Chỉ thị, "Vieät Nam" = Việt Nam, "caùc" = các. The marks:
 *   tone alone              ù acute  ø grave  û hook  õ tilde  ï dot below
 *   circumflex + tone  â ^  á ^acute à ^grave å ^hook ã ^tilde ä ^dot   (after a, e, o)
 *   breve + tone       ê ˘  é ˘acute è ˘grave ú ˘hook ü ˘tilde ë ˘dot   (after a)
 * and a few letters are single bytes: ô = ơ, ö = ư, ñ = đ, í ì æ ó ò = í ì ỉ ĩ ị,
 * î = ỵ. Marks also follow ô and ö (ớ = "ôù", ự = "öï").
 *
 * Each row lists a base letter's plain form and its five tones (acute, grave, hook,
 * tilde, dot below), in Unicode and in VNI. Capitals are the same rows upper-cased on both
 * sides ("aù" → "AÙ" for Á, "ñ" → "Ñ" for Đ), which is how the VNI table is laid out.
 */
const VNI_ROWS: readonly { unicode: string; vni: readonly string[] }[] = [
  { unicode: 'aáàảãạ', vni: ['a', 'aù', 'aø', 'aû', 'aõ', 'aï'] },
  { unicode: 'ăắằẳẵặ', vni: ['aê', 'aé', 'aè', 'aú', 'aü', 'aë'] },
  { unicode: 'âấầẩẫậ', vni: ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'] },
  { unicode: 'eéèẻẽẹ', vni: ['e', 'eù', 'eø', 'eû', 'eõ', 'eï'] },
  { unicode: 'êếềểễệ', vni: ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'] },
  { unicode: 'iíìỉĩị', vni: ['i', 'í', 'ì', 'æ', 'ó', 'ò'] },
  { unicode: 'oóòỏõọ', vni: ['o', 'où', 'oø', 'oû', 'oõ', 'oï'] },
  { unicode: 'ôốồổỗộ', vni: ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'] },
  { unicode: 'ơớờởỡợ', vni: ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï'] },
  { unicode: 'uúùủũụ', vni: ['u', 'uù', 'uø', 'uû', 'uõ', 'uï'] },
  { unicode: 'ưứừửữự', vni: ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï'] },
  { unicode: 'yýỳỷỹỵ', vni: ['y', 'yù', 'yø', 'yû', 'yõ', 'î'] },
  { unicode: 'đ', vni: ['ñ'] },
];

function vniPairs(): [string, string][] {
  const lower = VNI_ROWS.flatMap(({ unicode, vni }) =>
    [...unicode].map((letter, i): [string, string] => [vni[i] ?? letter, letter]),
  ).filter(([code, letter]) => code !== letter);
  const upper = lower.map(([code, letter]): [string, string] => [code.toUpperCase(), letter.toUpperCase()]);
  return [...lower, ...upper];
}

/** VNI code (one or two Latin-1 characters) → the Vietnamese letter. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = new Map(vniPairs());
