/**
 * A relay states its orders inside a paragraph of prose, after the sentence that announces the
 * document. For the orders to be a clause of their own (tagged, matched, cited apart from the
 * announcement), the paragraph is cut into pieces at sentence boundaries:
 *
 *   in a lead      "Ngày 13/7/2021, UBND tỉnh X đã ban hành Quyết định số … về việc …. Thực hiện
 *                  giãn cách xã hội theo …"  → the announcement | the orders
 *   in any prose   "Tối 19-8, UBND tỉnh X có công điện khẩn về …. Theo đó, đối với …: Tiếp tục …"
 *                  → what came before | "Theo đó, …" (and "Cụ thể, …": the words relays open
 *                  their orders with)
 *
 * A sentence ends at ".", "!" or "?" followed by a space and a capital letter, after a word that is
 * not an abbreviation ("TP. Hồ Chí Minh", "Tp. Huế", "ThS. Nguyễn" do not end one: an abbreviation
 * is a word of at most three letters with a capital or a dot in it). Nothing is cut off that is not
 * a sentence of its own: a piece of fewer than MIN_WORDS words ("Cụ thể:") stays with the one before.
 */
import type { Paragraph } from './paragraphs.ts';

/** Openings of a sentence that relays the orders of the document just announced. */
const ORDERS_OPENER = /^(?:Theo đó|Cụ thể)(?=[\s,:])/u;

const SENTENCE_END = /([.!?])\s+(?=\p{Lu})/gu;

/** A word before a dot that is an abbreviation, not a sentence's last word. */
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}[\p{L}.]{0,2}|\p{L}{1,3}\.\p{L}*)$/u;

const MIN_WORDS = 6;

/** Cuts at every sentence boundary after the first one (a lead: the announcement, then the orders). */
export function splitAfterAnnouncement(paragraph: Paragraph): Paragraph[] {
  const [first, ...rest] = sentenceStarts(paragraph.text);
  if (first === undefined || rest.length === 0) return [paragraph];
  return cut(paragraph, [rest[0]!]);
}

/** Cuts before each sentence that opens with "Theo đó" or "Cụ thể". */
export function splitAtOrders(paragraph: Paragraph): Paragraph[] {
  const starts = [...new Set([...sentenceStarts(paragraph.text), ...lineStarts(paragraph)])].sort((a, b) => a - b);
  const at = starts.filter((i) => i > 0 && ORDERS_OPENER.test(paragraph.text.slice(i)));
  return at.length === 0 ? [paragraph] : cut(paragraph, at);
}

/**
 * Where each of the paragraph's lines starts in its text. A line opening "Theo đó" starts a
 * sentence even when the line above lacks its full stop (a caption run on into the orders).
 */
function lineStarts(paragraph: Paragraph): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of paragraph.lines) {
    starts.push(offset);
    offset += line.text.length + 1;
  }
  return starts;
}

/** Offsets in the text where a sentence starts: 0, then after each sentence end. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) {
    // The word before the dot, from a short tail: testing the whole prefix would be quadratic.
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (m[1] === '.' && ABBREVIATION.test(before)) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

function cut(paragraph: Paragraph, at: readonly number[]): Paragraph[] {
  const text = paragraph.text;
  // A piece too short to be a sentence of orders ("Cụ thể:") stays with the one before it.
  const bounds = [0];
  at.forEach((i, n) => {
    if (words(text.slice(i, at[n + 1] ?? text.length)) >= MIN_WORDS) bounds.push(i);
  });
  if (bounds.length === 1) return [paragraph];
  bounds.push(text.length);
  const pieces: Paragraph[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const raw = text.slice(from, bounds[i + 1]);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    const first = lineAt(paragraph, from + lead);
    const last = lineAt(paragraph, from + lead + piece.length - 1);
    pieces.push({
      text: piece,
      lines: paragraph.lines.slice(first.n, last.n + 1),
      start: offsetAt(paragraph, from + lead, 'start'),
      end: offsetAt(paragraph, from + lead + piece.length - 1, 'end'),
    });
  }
  return pieces;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The line holding character `index` of the paragraph's text (its lines' texts joined by one space). */
function lineAt(paragraph: Paragraph, index: number): { n: number; within: number } {
  let offset = 0;
  for (const [n, line] of paragraph.lines.entries()) {
    if (index < offset + line.text.length + 1) return { n, within: index - offset };
    offset += line.text.length + 1;
  }
  const n = paragraph.lines.length - 1;
  return { n, within: paragraph.lines[n]!.text.length };
}

/**
 * Where character `index` of the paragraph's text stands in the normalised text: its line is found
 * by walking the lines, then a few characters around it are looked up in the line as it stands (a
 * cleaned line may differ from its raw form in spacing and debris). `end`: just past the character.
 */
function offsetAt(paragraph: Paragraph, index: number, side: 'start' | 'end'): number {
  const { n, within } = lineAt(paragraph, index);
  const line = paragraph.lines[n]!;
  if (side === 'start') {
    const found = line.raw.indexOf(line.text.slice(within, within + 24));
    return line.start + (found >= 0 ? found : line.raw.length - line.raw.trimStart().length);
  }
  const snippet = line.text.slice(Math.max(0, within - 23), within + 1);
  const found = line.raw.lastIndexOf(snippet);
  return found >= 0 ? line.start + found + snippet.length : line.end;
}
