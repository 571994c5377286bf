import { detectByteOrderMark, guessUtf16WithoutMark, type UnicodeSignature } from './byte-order-mark.ts';
import { looksBinary } from './binary-sniff.ts';
import { undoDoubleEncoding } from './double-encoding.ts';
import { sniffFileSignature } from './file-signatures.ts';
import { detectLegacyFont } from './legacy-font-detect.ts';
import { firstDifferingLine, lineAtByteOffset } from './line-numbers.ts';
import {
  binaryIssue,
  convertedDoubleEncodingIssue,
  convertedLegacyFontIssue,
  emptyIssue,
  invalidUtf8Issue,
  legacyEncodingIssue,
} from './source-issues.ts';
import type { SourceEncoding, SourceIssue } from './source-types.ts';
import { checkDecodedText } from './text-checks.ts';
import { isValidUtf8, scanUtf8 } from './utf8-scan.ts';
import { decodeWindows1252 } from './windows-1252.ts';
import { decodeWindows1258 } from './windows-1258.ts';

/**
 * Bytes of one file → Unicode text, or the reason there is none. The order of the tests
 * matters, and is:
 *   1. nothing at all                       → error `empty`
 *   2. a byte-order mark                    → UTF-8 or UTF-16, as it says
 *   3. a known document format's magic      → error `binary` / `rich-text`, naming the format
 *   4. UTF-16 without a mark                → UTF-16 (before 5: half its bytes are NUL)
 *   5. NUL and control bytes                → error `binary`
 *   6. valid UTF-8                          → UTF-8
 *      UTF-8 with a few broken sequences    → UTF-8 with "\uFFFD", warning `invalid-utf8`
 *      anything else                        → raw TCVN3/VNI font bytes if they look it,
 *                                             else Windows-1258, warning `legacy-encoding`
 * Any Unicode text then gets two repairs, each with its warning: UTF-8 that was encoded
 * twice, and Latin letters that were TCVN3 or VNI font codes. Then the text checks
 * (NFD, "\uFFFD", control characters, mixed line endings), and the whitespace-only test.
 */

export type DecodeOutcome =
  | { ok: true; text: string; encoding: SourceEncoding; warnings: SourceIssue[] }
  | { ok: false; error: SourceIssue };

interface Decoded {
  text: string;
  encoding: SourceEncoding;
  warnings: SourceIssue[];
  /** The decoder already reported its "\uFFFD"s (invalid UTF-8); don't report them twice. */
  replacementReported?: boolean;
}

/** Double encoding and legacy font codes: repaired when found, with a warning saying so. */
function repairUnicode(text: string, encoding: SourceEncoding, file: string): Decoded {
  const repaired = undoDoubleEncoding(text);
  if (repaired !== null) {
    const warning = convertedDoubleEncodingIssue(file, firstDifferingLine(text, repaired));
    return { text: repaired, encoding: 'utf-8-double-encoded', warnings: [warning] };
  }
  const font = detectLegacyFont(text);
  if (font) {
    const warning = convertedLegacyFontIssue(file, firstDifferingLine(text, font.converted), font.font, 'UTF-8');
    return { text: font.converted, encoding: font.font, warnings: [warning] };
  }
  return { text, encoding, warnings: [] };
}

function decodeUnicode(bytes: Uint8Array, signature: UnicodeSignature, file: string): Decoded {
  const body = bytes.subarray(signature.markLength);
  if (signature.form === 'utf-8-bom') return decodeEightBit(body, file, 'utf-8-bom');
  const text = new TextDecoder(signature.form, { ignoreBOM: true }).decode(body);
  return repairUnicode(text, signature.form, file);
}

/** Text with no mark: UTF-8 if it is (or nearly is), otherwise a legacy 8-bit encoding. */
function decodeEightBit(bytes: Uint8Array, file: string, utf8Form: 'utf-8' | 'utf-8-bom'): Decoded {
  const utf8 = (): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (isValidUtf8(bytes)) return repairUnicode(utf8(), utf8Form, file);

  const scan = scanUtf8(bytes);
  const line = lineAtByteOffset(bytes, scan.firstInvalidOffset);
  if (scan.multibyteSequences > scan.invalidSequences) {
    const warning = invalidUtf8Issue(file, line, scan.invalidSequences);
    return { text: utf8(), encoding: utf8Form, warnings: [warning], replacementReported: true };
  }

  // Raw font bytes read as Windows-1252 are the very characters a UTF-8 copy would hold.
  const asFontBytes = decodeWindows1252(bytes);
  const font = detectLegacyFont(asFontBytes);
  if (font) {
    const warning = convertedLegacyFontIssue(
      file,
      firstDifferingLine(asFontBytes, font.converted),
      font.font,
      'raw bytes',
    );
    return { text: font.converted, encoding: font.font, warnings: [warning] };
  }
  const { text, looksVietnamese } = decodeWindows1258(bytes);
  return { text, encoding: 'windows-1258', warnings: [legacyEncodingIssue(file, line, looksVietnamese)] };
}

/**
 * Bytes that are not what they claim (a web page declaring UTF-8 that is not): read as a text file
 * with no mark would be, from step 6 on, with the same warnings.
 */
export function decodeUndeclared(
  bytes: Uint8Array,
  file: string,
): { text: string; warnings: SourceIssue[]; replacementReported: boolean } {
  const { text, warnings, replacementReported } = decodeEightBit(bytes, file, 'utf-8');
  return { text, warnings, replacementReported: replacementReported === true };
}

function decodeBytes(bytes: Uint8Array, file: string): Decoded | SourceIssue {
  const mark = detectByteOrderMark(bytes);
  if (mark) return decodeUnicode(bytes, mark, file);
  const signature = sniffFileSignature(bytes);
  if (signature) return binaryIssue(file, signature);
  const utf16 = guessUtf16WithoutMark(bytes);
  if (utf16) return decodeUnicode(bytes, utf16, file);
  if (looksBinary(bytes)) return binaryIssue(file, null);
  return decodeEightBit(bytes, file, 'utf-8');
}

export function decodeSource(bytes: Uint8Array, file: string): DecodeOutcome {
  if (bytes.length === 0) return { ok: false, error: emptyIssue(file, 0) };
  const decoded = decodeBytes(bytes, file);
  if ('code' in decoded) return { ok: false, error: decoded };
  if (decoded.text.trim() === '') return { ok: false, error: emptyIssue(file, bytes.length) };
  const checks = checkDecodedText(decoded.text, file, { skipReplacement: decoded.replacementReported === true });
  return { ok: true, text: decoded.text, encoding: decoded.encoding, warnings: [...decoded.warnings, ...checks] };
}

/**
 * Text a document reader (PDF, Word, web page, OCR) extracted: already Unicode, but a PDF or Word
 * file typed in a TCVN3/VNI font, or a page encoded twice, holds the same wrong Latin letters a
 * text file would; they get the same repairs and checks. The caller rejects empty text first, with
 * a message that fits the format.
 */
export function decodeExtractedText(
  text: string,
  file: string,
  from: 'pdf' | 'other' = 'other',
  /** The reader already reported the "\uFFFD"s it decoded (a web page's broken UTF-8). */
  replacementReported = false,
): { text: string; encoding: SourceEncoding; warnings: SourceIssue[] } {
  const repaired = repairUnicode(from === 'pdf' ? restoreTcvn3SoftHyphens(text) : text, 'utf-8', file);
  const checks = checkDecodedText(repaired.text, file, { skipReplacement: replacementReported });
  return { text: repaired.text, encoding: repaired.encoding, warnings: [...repaired.warnings, ...checks] };
}

/**
 * TCVN3 codes "ư" as 0xAD, the soft hyphen; a PDF in a .VnTime font shows it through the standard
 * encoding's glyph name "hyphen", so a PDF reader returns "-": "ng-êi" for "người", "vËt t-," for
 * "vật tư,". When the text is TCVN3, a "-" right after a lowercase letter and not before a digit or a
 * capital ("Covid-19", "CT-UBND" stay) is put back to 0xAD before conversion.
 */
const TCVN3_HYPHEN_U = /(?<=[a-z\u00A1-\u00FF])-(?![\dA-Z])/g;

function restoreTcvn3SoftHyphens(text: string): string {
  if (!text.includes('-') || detectLegacyFont(text)?.font !== 'tcvn3') return text;
  return text.replace(TCVN3_HYPHEN_U, '\u00AD');
}
