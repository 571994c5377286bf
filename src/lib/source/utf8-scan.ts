/**
 * Walking bytes as UTF-8 to learn where it breaks and how much of it holds.
 *
 * `TextDecoder` with `fatal` only says yes or no. To name the line of the first bad byte,
 * and to tell "UTF-8 with a few damaged bytes" (many good multi-byte sequences, a few bad
 * ones) from "not UTF-8 at all" (a legacy encoding, where good sequences happen by
 * accident, if ever), the sequences are counted here, following RFC 3629's table of
 * well-formed sequences (no overlongs, no surrogates, nothing above U+10FFFF).
 */

export interface Utf8Scan {
  /** Byte offset of the first ill-formed sequence, or -1 when the bytes are valid UTF-8. */
  firstInvalidOffset: number;
  /** Well-formed sequences of 2–4 bytes (each one non-ASCII character). */
  multibyteSequences: number;
  /** Ill-formed sequences, each counted once where it starts. */
  invalidSequences: number;
}

/** Length of the well-formed sequence starting at `i`, or 0 if none starts there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const at = (k: number): number => bytes[i + k] ?? -1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => at(k) >= lo && at(k) <= hi;
  if (b0 < 0x80) return 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalidOffset = -1;
  let multibyteSequences = 0;
  let invalidSequences = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (firstInvalidOffset < 0) firstInvalidOffset = i;
      invalidSequences++;
      i++;
      // Skip the stray continuation bytes of the same broken sequence.
      while (i < bytes.length && ((bytes[i] ?? 0) & 0xc0) === 0x80) i++;
      continue;
    }
    if (length > 1) multibyteSequences++;
    i += length;
  }
  return { firstInvalidOffset, multibyteSequences, invalidSequences };
}
