/**
 * 1-based line numbers, the way editors count them: a line ends at LF, at CRLF, or at a
 * lone CR (old Mac files), so a position gets the same number whatever the line endings.
 */

/** Line holding the character at `index` of `text`. */
export function lineAtIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

/** Line holding the byte at `offset`, for byte-level findings (ASCII line breaks in any 8-bit or UTF-8 text). */
export function lineAtByteOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * First line where two versions of a text differ (1 when they differ nowhere line by line),
 * for pointing at the first place a repair or a conversion changed. Both texts must have
 * the same line breaks, which conversions keep.
 */
export function firstDifferingLine(before: string, after: string): number {
  const a = before.split('\n');
  const b = after.split('\n');
  const index = a.findIndex((line, i) => line !== b[i]);
  return index < 0 ? 1 : index + 1;
}
