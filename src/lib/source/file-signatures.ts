/**
 * Recognising the documents people drop in instead of text, by their magic numbers.
 *
 * Why a table: the message for a PDF is not the message for a scan. Each row is the
 * leading bytes of a format (its "magic number", from the format's own specification)
 * and what to tell the user. Examples of what arrives:
 *   `%PDF-1.7`            a directive downloaded from a province portal as PDF
 *   `PK\x03\x04…word/`    a .docx renamed to .txt (DOCX, XLSX, ODT and EPUB are ZIP files;
 *                         the names of the entries inside tell them apart)
 *   `\xD0\xCF\x11\xE0…`   an old Word 97–2003 .doc (OLE2 compound file)
 *   `\x89PNG`, `\xFF\xD8\xFF`, `II*\0`  a scanned page (PNG, JPEG, TIFF)
 *   `{\rtf1`              "Rich Text" saved from WordPad: text, but wrapped in markup
 */

export interface FileSignature {
  /** How the message names the format: "a PDF document". */
  kind: string;
  /** What to do instead, for the parenthesis of the message. */
  advice: string;
  /** RTF is text wrapped in markup rather than binary; it gets its own issue code. */
  richText?: true;
  /** The document reader that reads this format (file-kinds.ts), when chithi has one. */
  reader?: Reader;
  /** For a format no reader takes, found under a document's extension: what to do instead. */
  instead?: string;
}

/** The readers a document goes to (file-kinds.ts maps extensions to them); here so the two files do not import each other. */
export type Reader = 'text' | 'pdf' | 'image' | 'docx' | 'doc' | 'html';

const EXPORT_AS_TEXT = 'export or save it as plain text (UTF-8) and drop the .txt in instead';
const SCAN_ADVICE =
  'a scan has no text to read: find the text version of the directive, or run OCR and save the result as a UTF-8 .txt';
const ARCHIVE_ADVICE = 'unpack it and drop in the .txt files it contains';
const NOT_A_DOCUMENT = 'it is not a document: remove it from the folder';
const SAVE_AS_DOCX = 'open it in Word or LibreOffice and save it as .docx or PDF, then drop that in instead';
const UNPACK = 'unpack it and drop in the documents it holds';
const SAVE_AS_PNG = 'save it as PNG or JPEG, or find the text version of the directive';

interface SignatureRow extends FileSignature {
  /** Bytes at `offset`; `null` matches any byte. */
  magic: readonly (number | null)[];
  offset?: number;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly SignatureRow[] = [
  { magic: ascii('%PDF-'), kind: 'a PDF document', advice: `open it, ${EXPORT_AS_TEXT}`, reader: 'pdf' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'an old Word/Excel document (.doc/.xls)',
    advice: `open it in Word or LibreOffice, ${EXPORT_AS_TEXT}`,
    reader: 'doc',
  },
  {
    magic: ascii('{\\rtf'),
    kind: 'an RTF (Rich Text) document',
    advice: `open it in Word, WordPad or LibreOffice, ${EXPORT_AS_TEXT}`,
    richText: true,
    instead: SAVE_AS_DOCX,
  },
  {
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    kind: 'a PNG image',
    advice: SCAN_ADVICE,
    reader: 'image',
  },
  { magic: [0xff, 0xd8, 0xff], kind: 'a JPEG image', advice: SCAN_ADVICE, reader: 'image' },
  { magic: ascii('GIF8'), kind: 'a GIF image', advice: SCAN_ADVICE, instead: SAVE_AS_PNG },
  { magic: [0x49, 0x49, 0x2a, 0x00], kind: 'a TIFF image', advice: SCAN_ADVICE, reader: 'image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], kind: 'a TIFF image', advice: SCAN_ADVICE, reader: 'image' },
  {
    magic: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')],
    kind: 'a WebP image',
    advice: SCAN_ADVICE,
    instead: SAVE_AS_PNG,
  },
  { magic: ascii('ftypheic'), offset: 4, kind: 'a HEIC photo', advice: SCAN_ADVICE, instead: SAVE_AS_PNG },
  { magic: [0x1f, 0x8b], kind: 'a gzip archive', advice: ARCHIVE_ADVICE, instead: UNPACK },
  { magic: ascii('Rar!'), kind: 'a RAR archive', advice: ARCHIVE_ADVICE, instead: UNPACK },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7-Zip archive', advice: ARCHIVE_ADVICE, instead: UNPACK },
  /** A Windows program's "MZ" header (the DOS stub every .exe and .dll starts with). */
  {
    magic: [...ascii('MZ'), null, 0x00],
    kind: 'a Windows program (.exe/.dll)',
    advice: NOT_A_DOCUMENT,
    instead: NOT_A_DOCUMENT,
  },
];

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

/**
 * Office formats are ZIP files; the entry names stored (uncompressed) in their local
 * headers say which. The first entries sit in the first few KB.
 */
const ZIP_KINDS: readonly { marker: string; kind: string; reader?: Reader }[] = [
  { marker: 'word/', kind: 'a Word document (.docx)', reader: 'docx' },
  { marker: 'xl/', kind: 'an Excel workbook (.xlsx)' },
  { marker: 'ppt/', kind: 'a PowerPoint file (.pptx)' },
  { marker: 'application/vnd.oasis.opendocument', kind: 'an OpenDocument file (.odt/.ods)' },
  { marker: 'application/epub+zip', kind: 'an EPUB book' },
];

const ZIP_SCAN_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: readonly (number | null)[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((byte, i) => byte === null || bytes[offset + i] === byte);
}

function zipSignature(bytes: Uint8Array): FileSignature {
  const head = Buffer.from(bytes.subarray(0, ZIP_SCAN_BYTES)).toString('latin1');
  const office = ZIP_KINDS.find(({ marker }) => head.includes(marker));
  if (office?.reader) return { kind: office.kind, advice: `open it, ${EXPORT_AS_TEXT}`, reader: office.reader };
  if (office) return { kind: office.kind, advice: `open it, ${EXPORT_AS_TEXT}`, instead: SAVE_AS_DOCX };
  return { kind: 'a ZIP archive', advice: ARCHIVE_ADVICE, instead: UNPACK };
}

/** The format a file announces in its first bytes, or null for anything unrecognised. */
export function sniffFileSignature(bytes: Uint8Array): FileSignature | null {
  if (startsWith(bytes, ZIP_MAGIC)) return zipSignature(bytes);
  const row = SIGNATURES.find((r) => startsWith(bytes, r.magic, r.offset));
  if (!row) return null;
  const { magic: _magic, offset: _offset, ...signature } = row;
  return signature;
}
