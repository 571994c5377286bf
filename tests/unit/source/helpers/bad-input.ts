import { asSingleBytes, doubleEncode, encodeTcvn3, encodeVni, encodeWindows1258 } from './legacy-encoders.ts';
import { SEEDS, seedExcerpt } from '../../../setup/seeds.ts';

/**
 * The files of tests/fixtures/bad-input/: one of each kind of trouble a user can drop into
 * content/directives/, all built here from a seed excerpt (Nghệ An's 07-CT/TU, lines 1–5:
 * banner, title and first paragraph) so nothing comes from elsewhere. The committed copies
 * are checked against this list; regenerate them with
 *   UPDATE_BAD_INPUT=1 npx vitest run --config tests/vitest.config.ts tests/unit/source
 * Names are numbered so the folder reads in the order below.
 */

export const EXCERPT = seedExcerpt(SEEDS.ngheAn, 1, 5);

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes: number[] = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(order === 'le' ? pair : pair.toReversed()));
  }
  return Uint8Array.from(bytes);
}

/** The start of a PDF as an export tool writes it (header, binary comment, first object). */
const PDF_HEAD = concat(
  ascii('%PDF-1.7\n%'),
  [0xe2, 0xe3, 0xcf, 0xd3],
  ascii('\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'),
);

/** A ZIP local file header for "word/document.xml", as a .docx begins (sizes zeroed). */
const DOCX_HEAD = concat(
  [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x11, 0x00, 0x00, 0x00],
  ascii('word/document.xml'),
  [0x03, 0x00, 0x00, 0x00, 0x00, 0x00],
);

/** PNG signature and the start of its IHDR chunk (a 1240 × 1754 page scan). */
const PNG_HEAD = concat(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d],
  ascii('IHDR'),
  [0, 0, 0x04, 0xd8, 0, 0, 0x06, 0xda, 0x08, 0x02, 0, 0, 0],
);

/** Something like an executable's header: NULs and control bytes among a few letters. */
const BINARY = Uint8Array.from({ length: 512 }, (_, i) => (i % 7 === 0 ? 0x41 + (i % 26) : (i * 31) % 24));

const EXCERPT_LINES = EXCERPT.split('\n');

export const BAD_INPUT: Readonly<Record<string, Uint8Array>> = {
  '01-good-utf8.txt': utf8(EXCERPT),
  '02-empty.txt': new Uint8Array(0),
  '03-only-whitespace.txt': utf8(' \n\t\n  \r\n'),
  '04-pdf-renamed.txt': PDF_HEAD,
  '05-docx-renamed.txt': DOCX_HEAD,
  '06-scan-renamed.txt': PNG_HEAD,
  '07-binary.txt': BINARY,
  '08-rtf.txt': utf8('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0 Ch\\u7881?th\\u7883? 07-CT/TU}'),
  '09-windows-1258.txt': encodeWindows1258(EXCERPT),
  '10-tcvn3-raw-bytes.txt': asSingleBytes(encodeTcvn3(EXCERPT)),
  '11-tcvn3-as-utf8.txt': utf8(encodeTcvn3(EXCERPT)),
  '12-vni-raw-bytes.txt': asSingleBytes(encodeVni(EXCERPT)),
  '13-vni-as-utf8.txt': utf8(encodeVni(EXCERPT)),
  '14-double-encoded.txt': utf8(doubleEncode(EXCERPT)),
  '15-nfd.txt': utf8(EXCERPT.normalize('NFD')),
  '16-utf8-bom.txt': concat([0xef, 0xbb, 0xbf], utf8(EXCERPT)),
  '17-utf16le-bom.txt': utf16(EXCERPT, 'le'),
  '18-utf16be-bom.txt': utf16(EXCERPT, 'be'),
  // Line 3 keeps a "\uFFFD" where an earlier tool lost a letter; line 5 has a C1 control (U+0093).
  '19-replacement-and-c1.txt': utf8(
    EXCERPT.replace('Tăng cường', 'T\uFFFDng cường').replace('Ngày 07/8/2021', '\u0093Ngày 07/8/2021'),
  ),
  // Cut mid-letter: the last "ơ" of line 5 lost its second byte.
  '20-damaged-utf8.txt': (() => {
    const bytes = utf8(EXCERPT);
    const at = bytes.lastIndexOf(0xc6);
    return concat(bytes.subarray(0, at + 1), bytes.subarray(at + 2));
  })(),
  // Pasted from two sources: line 3 ends in CRLF, the others in LF.
  '21-mixed-line-endings.txt': utf8(`${EXCERPT_LINES.slice(0, 3).join('\n')}\r\n${EXCERPT_LINES.slice(3).join('\n')}`),
};
