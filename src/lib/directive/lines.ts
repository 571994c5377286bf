/**
 * The parser reads a directive line by line: headers, list markers and signature blocks are all
 * line-shaped. A `Line` keeps its place in the normalised text so every extracted value can point
 * back at its source.
 */

export interface Line {
  /** 0-based index among the document's lines. */
  index: number;
  /** 1-based line number, as an editor shows it. */
  lineNo: number;
  /** Offsets of the line in the normalised text (end excludes the newline). */
  start: number;
  end: number;
  /** The line as normalised, untrimmed. */
  raw: string;
  /** The line trimmed and cleaned of markdown debris; what the recognisers read. */
  text: string;
}

/**
 * Markdown and web-editor debris that copy-paste leaves in the text, removed before reading:
 * - bold/italic markers around numbers and titles: "Số **261** - CV/TU", "**T/M BAN THƯỜNG VỤ";
 * - superscript initials of the typist: "P.KT-XH^{Th.H}." (Hưng Yên's Nơi nhận);
 * - a stray asterisk after a label: "- Kính gửi:*" (Thanh Hóa);
 * - heading hashes and quote markers at the start of a line: "## CHỈ THỊ", "> 1. …".
 */
const DEBRIS: ReadonlyArray<[RegExp, string]> = [
  [/\^\{[^}]*\}/g, ''],
  [/\*\*|__/g, ''],
  [/:\*(?=\s|$)/g, ':'],
  [/^\s*#{1,6}\s+/, ''],
  [/^\s*>\s?/, ''],
];

export function stripDebris(text: string): string {
  let out = text;
  for (const [pattern, replacement] of DEBRIS) out = out.replace(pattern, replacement);
  return out.replace(/[ \t]+/g, ' ').trim();
}

export function splitLines(normalized: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const parts = normalized.split('\n');
  parts.forEach((raw, index) => {
    lines.push({ index, lineNo: index + 1, start, end: start + raw.length, raw, text: stripDebris(raw) });
    start += raw.length + 1;
  });
  return lines;
}

/**
 * A two-column header or signature copied from a table arrives as "cell | cell" (or, from a
 * markdown table, "| cell | cell |"). Each cell is read as a line of its own, keeping its offsets.
 */
export function splitCells(line: Line): Line[] {
  if (!line.raw.includes('|')) return [line];
  const cells: Line[] = [];
  const re = /[^|]+/g;
  for (let m = re.exec(line.raw); m; m = re.exec(line.raw)) {
    const text = stripDebris(m[0]);
    if (!text || /^[-:\s]+$/.test(text)) continue; // markdown table rule "|---|---|"
    const lead = m[0].length - m[0].trimStart().length;
    const start = line.start + m.index + lead;
    cells.push({ ...line, start, end: start + m[0].trim().length, raw: m[0], text });
  }
  return cells.length > 0 ? cells : [line];
}

/** A horizontal rule drawn under a header: "-------", "_____", "*****", "=====". */
export function isRule(text: string): boolean {
  return /^[-_=*~.\s]{3,}$/.test(text) && /[-_=*~]{3,}/.test(text);
}

export function isBlank(line: Line): boolean {
  return line.text === '';
}
