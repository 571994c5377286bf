/**
 * A saved web page's bytes → text. The page says its charset (`<meta charset>`, http-equiv), and
 * usually tells the truth; when it does not, the bytes are read like a text file's (decode-source.ts),
 * so that a page is never read more carelessly than a .txt:
 * - a byte-order mark wins over any declaration (a browser does the same);
 * - declared UTF-8 (or nothing declared) and valid UTF-8: UTF-8;
 * - declared UTF-8 or nothing, and the bytes are not UTF-8 (a Windows-1258 page saved under a
 *   template's `charset=utf-8`), or a label no decoder knows ("TCVN3", "VNI", a typo): the text-file
 *   fallback (mostly UTF-8 with a few broken bytes; raw TCVN3/VNI font bytes; Windows-1258), with its
 *   warning saying what the page declared;
 * - any other label a decoder knows (windows-1258, iso-8859-1): decoded as declared; TCVN3 text saved
 *   under such a label is repaired later, like any extracted text.
 */
import { detectByteOrderMark } from '../byte-order-mark.ts';
import { decodeUndeclared } from '../decode-source.ts';
import type { SourceIssue } from '../source-types.ts';
import { isValidUtf8 } from '../utf8-scan.ts';

export interface DecodedPage {
  text: string;
  warnings: SourceIssue[];
  /** The "\uFFFD"s of broken UTF-8 are already reported; the text checks should not repeat them. */
  replacementReported: boolean;
}

const DECLARED = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

export function decodeHtmlBytes(bytes: Uint8Array, file: string): DecodedPage {
  const mark = detectByteOrderMark(bytes);
  if (mark) {
    const form = mark.form === 'utf-8-bom' ? 'utf-8' : mark.form;
    const text = new TextDecoder(form, { ignoreBOM: true }).decode(bytes.subarray(mark.markLength));
    return { text, warnings: [], replacementReported: false };
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const label = DECLARED.exec(head)?.[1]?.toLowerCase() ?? null;
  const decoder = label === null ? null : knownDecoder(label);
  if (decoder && decoder.encoding !== 'utf-8')
    return { text: decoder.decode(bytes), warnings: [], replacementReported: false };
  if (isValidUtf8(bytes))
    return { text: new TextDecoder('utf-8').decode(bytes), warnings: [], replacementReported: false };

  const declared =
    label === null
      ? 'this web page names no charset and is not UTF-8'
      : decoder
        ? `this web page says its charset is “${label}”, but its bytes are not UTF-8`
        : `this web page names a charset no decoder knows (“${label}”)`;
  const fallback = decodeUndeclared(bytes, file);
  const warnings = fallback.warnings.map((w) => ({ ...w, message: `${declared}: ${w.message}` }));
  return { text: fallback.text, warnings, replacementReported: fallback.replacementReported };
}

function knownDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
