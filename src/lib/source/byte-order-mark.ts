/**
 * Unicode files that say what they are: a byte-order mark, or the NUL-every-other-byte
 * pattern of UTF-16 saved without one.
 *
 * Notepad's "Unicode" is UTF-16LE with the mark FF FE; "UTF-8 with BOM" starts EF BB BF.
 * Some exporters write UTF-16 with no mark at all; left alone such a file would look
 * binary (half its bytes are NUL), so the pattern is recognised here, before the binary test.
 */

export type UnicodeForm = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface UnicodeSignature {
  form: UnicodeForm;
  /** Bytes of mark to skip before decoding (0 when guessed from the pattern). */
  markLength: number;
}

export function detectByteOrderMark(bytes: Uint8Array): UnicodeSignature | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { form: 'utf-8-bom', markLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { form: 'utf-16le', markLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { form: 'utf-16be', markLength: 2 };
  return null;
}

const SAMPLE_BYTES = 4096;
/**
 * In UTF-16 text the ASCII characters (spaces, digits, most letters even in Vietnamese)
 * put a NUL in one byte of each pair; Vietnamese letters such as U+1EA1 "ạ" do not.
 * Most pairs having a NUL on one side and almost none on the other is that pattern;
 * binary files scatter their NULs over both sides.
 */
const NUL_SIDE_MIN = 0.3;
const OTHER_SIDE_MAX = 0.02;

/** UTF-16 without a byte-order mark, told by where its NUL bytes fall. */
export function guessUtf16WithoutMark(bytes: Uint8Array): UnicodeSignature | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES - (SAMPLE_BYTES % 2));
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  if (oddNul / pairs >= NUL_SIDE_MIN && evenNul / pairs <= OTHER_SIDE_MAX) return { form: 'utf-16le', markLength: 0 };
  if (evenNul / pairs >= NUL_SIDE_MIN && oddNul / pairs <= OTHER_SIDE_MAX) return { form: 'utf-16be', markLength: 0 };
  return null;
}
