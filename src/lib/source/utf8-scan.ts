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

const inRange = (byte: number | undefined, lo: number, hi: number): boolean =>
  byte !== undefined && byte >= lo && byte <= hi;

/** Length of the well-formed sequence starting at `i`, or 0 if none starts there (RFC 3629 §4). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const b1 = bytes[i + 1];
  if (b0 >= 0xc2 && b0 <= 0xdf) return inRange(b1, 0x80, 0xbf) ? 2 : 0;
  const b2ok = inRange(bytes[i + 2], 0x80, 0xbf);
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return inRange(b1, lo, hi) && b2ok ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return inRange(b1, lo, hi) && b2ok && inRange(bytes[i + 3], 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
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
