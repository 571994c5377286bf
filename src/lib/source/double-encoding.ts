import { WINDOWS_1252_BYTE } from './windows-1252.ts';

/**
 * Undoing UTF-8 that was read as Windows-1252 and saved again as UTF-8.
 *
 * A common accident on the way from a web page to a .txt: "Chỉ thị" is stored as the bytes
 * 43 68 E1 BB 89 …, some tool reads each byte as a Windows-1252 character and writes them
 * back out, and the file now says "Chá»‰ thá»‹"; "đ" becomes "Ä‘", "ư" becomes "Æ°".
 * Every character of such a text maps back to a single byte, and those bytes are valid
 * UTF-8 with many multi-byte sequences. Real text almost never passes both tests: a
 * Vietnamese Unicode text has letters outside Windows-1252 (đ, ư, ạ…), a French or TCVN3
 * text has accented letters that are not followed by the continuation bytes UTF-8 needs.
 */

/**
 * Characters the text must shrink by (each multi-byte sequence folds 2–4 characters into
 * one or two), so a single odd "Ã©" is not enough to rewrite a file.
 */
const MIN_SHRINK = 3;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function toSingleBytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = WINDOWS_1252_BYTE.get(text.charAt(i));
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

/** The text as it was before being encoded twice, or null when it was not. */
export function undoDoubleEncoding(text: string): string | null {
  if (!/[\u0080-\uFFFF]/.test(text)) return null;
  const bytes = toSingleBytes(text);
  if (!bytes) return null;
  let original: string;
  try {
    original = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  return text.length - original.length >= MIN_SHRINK ? original : null;
}
