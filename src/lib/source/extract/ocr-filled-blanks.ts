/**
 * Handwritten digits in a typed form's blanks, read by OCR, are kept only when Tesseract is sure of
 * them; otherwise they become "…", so the number or the date is absent rather than wrong.
 *
 * Why: provincial directives are printed with blanks and numbered and dated by hand when signed —
 * "Số:   /CT-UBND" becomes "Số: 16 /CT-UBND", "ngày   tháng 12" becomes "ngày 27 tháng 12". Tesseract
 * reads handwriting badly and does not always know it: on real scans it read "3206" as "5206" with
 * 93 % confidence, "11" as "ST", "27" as "Â4‡". Typed digits it reads at 95–97 %. So a number in the
 * number line's blank (its digits stand apart from the code, "16 /CT-UBND", as a typed number never
 * does) must be all digits read at ≥ 95 %; the digits of the place-and-date line, at ≥ 90 % (its
 * month is often typed, its day rarely). The rest of the line must be there to say which blank it is:
 * "Số" before the number and the code after it; "ngày", "tháng", "năm" around the date.
 */
import type { TextBox } from './layout.ts';

export interface OcrWord extends TextBox {
  /** Tesseract's confidence for the word, 0–100. */
  confidence: number;
  /** Which line of the page the word is on (Tesseract's block, paragraph and line). */
  line: string;
}

const NUMBER_BLANK_CONFIDENCE = 95;
const DATE_DIGIT_CONFIDENCE = 90;
const UNREAD = '…';

/** "Số", "Số:", OCR's "S6:"; a glued number after the colon ("Số:16") is the blank's content. */
const NUMBER_LABEL = /^(s[ốôo6ó]\s*[:;.]?)((?!\p{L}).*)$/iu;
const CODE = /^\/\S/u;
const HAS_DIGIT = /\d/u;
const DIGITS = /^\d{1,5}$/u;
const DATE_WORDS = ['ngày', 'tháng', 'năm'];

export function guardFilledBlanks(words: readonly OcrWord[]): OcrWord[] {
  const guarded = words.map((w) => ({ ...w }));
  const lines = new Map<string, OcrWord[]>();
  for (const word of guarded) lines.set(word.line, [...(lines.get(word.line) ?? []), word]);
  for (const line of lines.values()) {
    guardNumberBlank(line);
    guardDateLine(line);
  }
  return guarded;
}

/** "Số: 16 /CT-UBND": the words between the label and the code. */
function guardNumberBlank(line: OcrWord[]): void {
  const label = line.findIndex((w) => NUMBER_LABEL.test(w.text));
  if (label < 0) return;
  const code = line.findIndex((w, i) => i > label && CODE.test(w.text));
  if (code < 0) return;
  const glued = NUMBER_LABEL.exec(line[label]!.text)![2]!;
  const blank = line.slice(label + 1, code);
  const sure =
    (glued === '' || (DIGITS.test(glued) && line[label]!.confidence >= NUMBER_BLANK_CONFIDENCE)) &&
    blank.every((w) => DIGITS.test(w.text) && w.confidence >= NUMBER_BLANK_CONFIDENCE) &&
    (glued !== '' || blank.length > 0);
  if (sure) return;
  if (glued !== '') line[label]!.text = `${NUMBER_LABEL.exec(line[label]!.text)![1]!} ${UNREAD}`;
  for (const word of blank) word.text = UNREAD;
}

/**
 * "Quảng Ngãi, ngày 27 tháng 12 năm 2021": the word after each date word, when the line has all three
 * (a citation's date in the body is guarded the same way: an unsure digit there is a wrong citation).
 */
function guardDateLine(line: OcrWord[]): void {
  const text = line.map((w) => w.text.toLowerCase()).join(' ');
  if (!DATE_WORDS.every((word) => text.includes(word))) return;
  line.forEach((word, i) => {
    const lower = word.text.toLowerCase();
    const dateWord = DATE_WORDS.find((d) => lower.startsWith(d));
    if (dateWord === undefined) return;
    // A digit glued to a date word ("ngày2Ítháng") is unreadable: keep the words, not the digits.
    if (HAS_DIGIT.test(word.text)) word.text = word.text.replace(/[^\p{L}\s]*\d[^\p{L}\s]*/gu, ` ${UNREAD} `).trim();
    const next = line[i + 1];
    if (!next || !HAS_DIGIT.test(next.text)) return;
    const digits = next.text.replace(/[,.;]$/u, '');
    if (DIGITS.test(digits) && next.confidence >= DATE_DIGIT_CONFIDENCE) return;
    next.text = UNREAD;
  });
}
