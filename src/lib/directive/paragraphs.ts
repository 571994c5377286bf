/**
 * Body lines → paragraphs. A copy often breaks a sentence across lines, sometimes with a blank line
 * in between ("… có địa chỉ tại thôn" / "" / "Thượng Bì, xã Yết Kiêu, …" in Hải Dương): a line
 * that stops without closing punctuation runs on into the next one, unless that one opens a list item.
 *
 * Except a caption: a relay puts a photo's caption or a credit on a short line of its own, without a
 * full stop, between blank lines ("Lãnh đạo tỉnh kiểm tra công tác phòng, chống dịch tại huyện X",
 * "Ảnh minh họa"), and the orders follow in a new sentence. A one-line paragraph of a few words,
 * followed by a blank line and a line opening with a capital, stands alone: run on, the caption's
 * words would become the orders' first words.
 */
import type { Line } from './lines.ts';
import { endsOpen } from './header-lines.ts';
import { markerOf } from './markers.ts';

export interface Paragraph {
  text: string;
  lines: Line[];
  /**
   * Where `text` starts in the normalised text, when the paragraph is a piece of a longer one (a
   * sentence of a relay's lead); absent: at its first line's first non-blank character.
   */
  start?: number;
  /** Where it ends there, likewise; absent: at its last line's end. */
  end?: number;
}

/** A caption is at most this many words. */
const CAPTION_WORDS = 16;

export function toParagraphs(body: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let blankBefore = false;
  for (const line of body) {
    if (line.text === '') {
      blankBefore = true;
      continue;
    }
    const last = paragraphs.at(-1);
    const caption = last !== undefined && blankBefore && isCaption(last) && /^\p{Lu}/u.test(line.text);
    if (last && !caption && endsOpen(last.text) && !/[,;]$/.test(last.text) && markerOf(line.text) === null) {
      last.text = `${last.text} ${line.text}`;
      last.lines.push(line);
    } else {
      paragraphs.push({ text: line.text, lines: [line] });
    }
    blankBefore = false;
  }
  return paragraphs;
}

function isCaption(paragraph: Paragraph): boolean {
  return paragraph.lines.length === 1 && paragraph.text.split(/\s+/).length <= CAPTION_WORDS;
}
