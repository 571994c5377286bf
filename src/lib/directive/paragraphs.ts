/**
 * Body lines → paragraphs. A copy often breaks a sentence across lines, sometimes with a blank line
 * in between ("… có địa chỉ tại thôn" / "" / "Thượng Bì, xã Yết Kiêu, …" in Hải Dương): a line
 * that stops without closing punctuation runs on into the next one, unless that one opens a list item.
 */
import type { Line } from './lines.ts';
import { endsOpen } from './header-lines.ts';
import { markerOf } from './markers.ts';

export interface Paragraph {
  text: string;
  lines: Line[];
}

export function toParagraphs(body: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of body) {
    if (line.text === '') continue;
    const last = paragraphs.at(-1);
    if (last && endsOpen(last.text) && !/[,;]$/.test(last.text) && markerOf(line.text) === null) {
      last.text = `${last.text} ${line.text}`;
      last.lines.push(line);
    } else {
      paragraphs.push({ text: line.text, lines: [line] });
    }
  }
  return paragraphs;
}
