/**
 * Hostile files, made on the spot (nothing big is kept in the repository): ZIP bombs with honest and
 * with lying headers, markup nested 200,000 deep, a web page of 8 MB of paragraphs, files that are
 * not what their extension says. Each writer returns the bytes; the tests put them in a folder.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

interface ZipPart {
  name: string;
  /** The part's bytes, or a generator of them (a bomb is deflated chunk by chunk, never held whole). */
  data: Buffer | { chunk: Buffer; times: number; head?: Buffer; tail?: Buffer };
  /** Declared uncompressed size, when it should lie. */
  declaredSize?: number;
}

async function deflatePart(part: ZipPart): Promise<{ compressed: Buffer; size: number; crc: number }> {
  if (Buffer.isBuffer(part.data)) {
    return { compressed: deflateRawSync(part.data), size: part.data.length, crc: crc32(part.data) };
  }
  const { chunk, times, head = Buffer.alloc(0), tail = Buffer.alloc(0) } = part.data;
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = crc32(head);
  deflate.write(head);
  for (let i = 0; i < times; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  return { compressed: Buffer.concat(out), size: head.length + chunk.length * times + tail.length, crc };
}

/** A ZIP file (deflate, no ZIP64), with each part's sizes as declared. */
export async function zipFile(parts: ZipPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { compressed, size, crc } = await deflatePart(part);
    const declared = part.declaredSize ?? size;
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const RELS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
const HEAD = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`);
const TAIL = Buffer.from('</w:body></w:document>');
const PARAGRAPH = Buffer.from('<w:p><w:r><w:t>Đeo khẩu trang nơi công cộng.</w:t></w:r></w:p>'.repeat(64));

function docx(body: ZipPart['data'], declaredSize?: number): Promise<Buffer> {
  return zipFile([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: body, ...(declaredSize === undefined ? {} : { declaredSize }) },
  ]);
}

/** A Word file whose document.xml inflates to `mib` MiB of paragraphs, its header saying so. */
export function docxBomb(mib: number): Promise<Buffer> {
  return docx({ head: HEAD, chunk: PARAGRAPH, times: Math.ceil((mib * 1024 * 1024) / PARAGRAPH.length), tail: TAIL });
}

/** The same, but the ZIP headers claim 100 KB: only inflating tells. */
export function docxLyingBomb(mib: number): Promise<Buffer> {
  const times = Math.ceil((mib * 1024 * 1024) / PARAGRAPH.length);
  return docx({ head: HEAD, chunk: PARAGRAPH, times, tail: TAIL }, 100_000);
}

/** 100,000 nested `w:smartTag` around one run (mammoth recursed until its stack overflowed). */
export function docxDeep(levels = 100_000): Promise<Buffer> {
  const open = '<w:smartTag w:element="x">'.repeat(levels);
  const close = '</w:smartTag>'.repeat(levels);
  return docx(Buffer.from(`${HEAD}<w:p>${open}<w:r><w:t>x</w:t></w:r>${close}</w:p>${TAIL}`));
}

/** 100,000 nested elements Word does not know (mammoth walked them for a minute). */
export function docxDeepUnknown(levels = 100_000): Promise<Buffer> {
  const open = '<w:customXml><x:unknown xmlns:x="urn:x">'.repeat(levels / 2);
  const close = '</x:unknown></w:customXml>'.repeat(levels / 2);
  return docx(Buffer.from(`${HEAD}<w:p>${open}<w:r><w:t>x</w:t></w:r>${close}</w:p>${TAIL}`));
}

const FORMATTED_RUN =
  '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="28"/>' +
  '<w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr><w:t>Chỉ thị </w:t></w:r>';
const FORMATTED_PARAGRAPH = Buffer.from(
  `<w:p><w:pPr><w:spacing w:before="120" w:after="120"/><w:jc w:val="both"/></w:pPr>${FORMATTED_RUN.repeat(8)}</w:p>`,
);

/** A Word file of `mib` MiB of heavily formatted XML and little text: the most mammoth is let convert. */
export function docxFormatted(mib: number): Promise<Buffer> {
  const times = Math.floor((mib * 1024 * 1024 - HEAD.length - TAIL.length) / FORMATTED_PARAGRAPH.length);
  return docx({ head: HEAD, chunk: FORMATTED_PARAGRAPH, times, tail: TAIL });
}

/** A web page with `levels` nested `<div>` inside its article. */
export function htmlDeep(levels = 200_000): Buffer {
  return Buffer.from(
    `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><article>${'<div>'.repeat(levels)}Chỉ thị${'</div>'.repeat(levels)}</article></body></html>`,
  );
}

/** A web page whose article is `mib` MiB of paragraphs. */
export function htmlBig(mib: number): Buffer {
  const p = '<p>Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện nghiêm các biện pháp phòng, chống dịch.</p>\n';
  const times = Math.ceil((mib * 1024 * 1024) / Buffer.byteLength(p));
  return Buffer.from(
    `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><article>${p.repeat(times)}</article></body></html>`,
  );
}

/** The start of a Windows program: "MZ", the DOS header's fields (NUL-heavy), the stub's message. */
export function windowsProgram(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt16LE(0x90, 2);
  bytes.writeUInt16LE(3, 4);
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

export const RTF = Buffer.from(
  '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0 CH\\u7880? TH\\u7882?\\par}',
);
