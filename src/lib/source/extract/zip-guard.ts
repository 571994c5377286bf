/**
 * A .docx is a ZIP file, and a ZIP file can say anything about itself: a 1.4 MB file that inflates
 * to 400 MB of XML (mammoth then took 4.5 GB and a minute), or local sizes that lie (JSZip inflates
 * all 2.25 GB before it notices the mismatch). So before mammoth (through JSZip) opens one, this reads
 * the central directory and checks, by construction rather than by the clock:
 * - the number of entries (a Word file has 10–50; thousands means a bomb or not a document);
 * - the declared uncompressed size of the XML parts mammoth reads, summed, against a limit;
 * - each XML part inflated here with zlib's `maxOutputLength`, so a part that inflates past what its
 *   header declares stops at that size, never at memory's end, and is refused as lying;
 * - the nesting depth of each XML part (mammoth walks the tree recursively: 100,000 nested
 *   `w:smartTag` overflowed its stack, 100,000 unknown elements ran a minute);
 * - the text in Word's runs (`<w:t>`), against the text limit every file is held to.
 * Pictures (word/media/…) are never inflated: extractDocx tells mammoth not to read them.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes of the XML parts, in bytes. */
  maxXmlBytes: number;
  /** Deepest element nesting allowed in one XML part. */
  maxDepth: number;
  /** The most text (the `<w:t>` runs of all parts, in bytes) one directive may hold. */
  maxTextBytes: number;
}

export type ZipProblem =
  | { problem: 'not-zip'; reason: string }
  | { problem: 'too-many-entries'; entries: number }
  | { problem: 'too-large'; bytes: number; part: string; lying: boolean }
  | { problem: 'too-deep'; depth: number; part: string }
  | { problem: 'too-much-text'; bytes: number };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

/** XML parts mammoth may read; pictures and embedded objects it is told to leave alone. */
const XML_PART = /\.(?:xml|rels)$/i;

export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipProblem | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let entries: Entry[];
  try {
    entries = readCentralDirectory(buffer, limits.maxEntries);
  } catch (error) {
    if (error instanceof TooManyEntries) return { problem: 'too-many-entries', entries: error.entries };
    return { problem: 'not-zip', reason: (error as Error).message };
  }
  const parts = entries.filter((e) => XML_PART.test(e.name));
  const declared = parts.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxXmlBytes) {
    const largest = parts.reduce((a, b) => (b.size > a.size ? b : a));
    return { problem: 'too-large', bytes: declared, part: largest.name, lying: false };
  }
  let textBytes = 0;
  for (const entry of parts) {
    const inflated = inflate(buffer, entry);
    if (inflated === 'lying') return { problem: 'too-large', bytes: entry.size + 1, part: entry.name, lying: true };
    const depth = nestingDepth(inflated, limits.maxDepth);
    if (depth > limits.maxDepth) return { problem: 'too-deep', depth, part: entry.name };
    textBytes += runTextBytes(inflated);
  }
  // Counted before mammoth: it converts ~0.2 MiB of XML a second, so a file of 40,000 paragraphs
  // would run past the clock before the text limit could refuse it afterwards.
  return textBytes > limits.maxTextBytes ? { problem: 'too-much-text', bytes: textBytes } : null;
}

class TooManyEntries extends Error {
  constructor(readonly entries: number) {
    super(`${entries} entries`);
  }
}

function readCentralDirectory(buffer: Buffer, maxEntries: number): Entry[] {
  const from = Math.max(0, buffer.length - EOCD_SEARCH);
  let end = -1;
  for (let i = buffer.length - 22; i >= from; i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('no ZIP directory at the end of the file (cut short?)');
  let count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && buffer.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const record = Number(buffer.readBigUInt64LE(end - 20 + 8));
    count = Number(buffer.readBigUInt64LE(record + 32));
    offset = Number(buffer.readBigUInt64LE(record + 48));
  }
  if (count > maxEntries) throw new TooManyEntries(count);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) throw new Error('the ZIP directory is broken');
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const entry: Entry = {
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
    };
    readZip64Sizes(buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes of 0xFFFFFFFF mean "in the ZIP64 extra field" (id 1), in this order. */
function readZip64Sizes(extra: Buffer, entry: Entry): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        const value = field + 8 <= extra.length ? Number(extra.readBigUInt64LE(field)) : 0;
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
    }
    at += 4 + length;
  }
}

/** The entry's bytes, inflated no further than its declared size (one byte more proves a lie). */
function inflate(buffer: Buffer, entry: Entry): Buffer | 'lying' {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) throw new Error(`${entry.name}: broken entry`);
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length > entry.size ? 'lying' : data;
  try {
    const out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    return out.length > entry.size ? 'lying' : out;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'lying';
    // A damaged stream is mammoth's to report, in its own words.
    return Buffer.alloc(0);
  }
}

const RUN_TEXT = Buffer.from('<w:t');
const RUN_TEXT_END = Buffer.from('</w:t>');

/** Bytes of text in the part's `<w:t>` elements (Word's text runs), markup and entities included. */
function runTextBytes(xml: Buffer): number {
  let bytes = 0;
  for (let at = xml.indexOf(RUN_TEXT); at >= 0; at = xml.indexOf(RUN_TEXT, at + 1)) {
    const after = xml[at + RUN_TEXT.length];
    if (after !== GT && after !== 0x20) continue; // <w:tab>, <w:tbl>, <w:tc>…
    const start = xml.indexOf(GT, at);
    const end = xml.indexOf(RUN_TEXT_END, start);
    if (start < 0 || end < 0) break;
    bytes += end - start - 1;
    at = end;
  }
  return bytes;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/**
 * How deep elements nest in an XML part, counted on its bytes (no parser, one pass; stops counting
 * once past `stopAbove`). `<a>` opens, `</a>` and `<a/>` close; comments, CDATA and declarations are
 * not elements. Attribute values cannot hold a raw `<` in XML, so tags are found by their brackets.
 */
export function nestingDepth(xml: Uint8Array, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < xml.length; i++) {
    if (xml[i] !== LT) continue;
    const next = xml[i + 1];
    if (next === SLASH) {
      depth--;
      continue;
    }
    if (next === BANG || next === QUESTION) continue;
    const close = xml.indexOf(GT, i + 1);
    if (close < 0) break;
    if (xml[close - 1] !== SLASH && ++depth > deepest) {
      deepest = depth;
      if (deepest > stopAbove) return deepest;
    }
    i = close;
  }
  return deepest;
}
