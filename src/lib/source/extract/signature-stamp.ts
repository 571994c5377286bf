/**
 * The text an electronic signature or a scanner app puts on a page, which is not the directive's.
 *
 * Provincial PDFs are scans signed by the province's e-office system, which draws a stamp over the
 * first page ("Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi / Thời gian ký: 05/01/2021 08:15:24"): often
 * the only text layer the file has. Its time is the signing time, often a day after the printed
 * date, and its "Cơ quan:" can be the office that signed the copy, not the issuer, so none of it may
 * reach the fields. Forms seen:
 *   `Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi`                 the signer (a body, not a person)
 *   `Người ký: Trung tâm Công báo và Tin học`                   the same, other systems
 *   `Thời gian ký: 16.04.2020 07:37:07 +07:00`                 the signing time, any date spelling
 *   `SAO Y; Ủy ban Nhân dân tỉnh Đắk Nông; Thời gian ký: …`    a certified copy's stamp, one line
 *   `Cơ quan: Văn phòng Ủy ban Nhân dân, Tỉnh Quảng Ngãi`       the signing office
 *   `Email: ttcbth@quangngai.gov.vn`                           the signer's address
 *   `27/12/2021 17:22:11`                                      a bare timestamp (a date with a clock
 *                                                              time is never a directive's own date line)
 *   `Scanned by CamScanner`, `Digitally signed by …`           scanner apps, foreign signing tools
 * A stamp's value may wrap onto the next lines ("Ký bởi: Ủy ban nhân" / "dân tỉnh Quảng Ngãi"):
 * the lines between two stamp lines belong to the stamp, and so does the line after a label with
 * nothing after its colon.
 */
import type { LaidOutText } from './layout.ts';

const STAMP_LABEL =
  /(?:^|[\s;,])(?:ký bởi|người ký|thời gian ký|ngày ký|signed by|signing time|signature valid|signature not verified)\s*:?/iu;
const STAMP_START = /^\s*(?:cơ quan|email|e-mail)\s*:|^\s*(?:scanned (?:by|with)|digitally signed|signed by)\b/iu;
const TIMESTAMP = /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[\sT]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?\s*$/u;
const CLOCK = /^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?\s*$|^\s*[+-]\d{2}:\d{2}\s*$/u;
const LABEL_ONLY = /:\s*$/u;

/** Lines of a stamp's block further apart than this are two things, not one wrapped stamp. */
const MAX_WRAPPED_LINES = 3;

/** Is this line (alone) part of a signature or scanner stamp? */
export function isStampLine(line: string): boolean {
  return STAMP_LABEL.test(line) || STAMP_START.test(line) || TIMESTAMP.test(line) || CLOCK.test(line);
}

/** Which of `lines` are a stamp's: the stamp lines, their wrapped values, and what lies between them. */
export function stampLines(lines: readonly string[]): Set<number> {
  const marked = new Set<number>();
  let last = -Infinity;
  lines.forEach((line, i) => {
    if (!isStampLine(line)) return;
    if (i - last <= MAX_WRAPPED_LINES + 1) for (let j = last + 1; j < i; j++) marked.add(j);
    marked.add(i);
    last = i;
    if (LABEL_ONLY.test(line) && i + 1 < lines.length) marked.add(i + 1);
  });
  return marked;
}

/** The laid-out text without its stamps' lines, each page's first line moved to match. */
export function withoutStampLines(laid: LaidOutText): LaidOutText {
  const stamp = stampLines(laid.lines);
  if (stamp.size === 0) return laid;
  const kept: number[] = [];
  laid.lines.forEach((_, i) => !stamp.has(i) && kept.push(i));
  const pages = laid.pages.flatMap(({ page, line }) => {
    const at = kept.findIndex((i) => i >= line - 1);
    return at < 0 ? [] : [{ page, line: at + 1 }];
  });
  // Two pages whose own lines were all stamp now start on the same line: the later one keeps it.
  const starts = pages.filter((p, i) => pages[i + 1]?.line !== p.line);
  return { lines: kept.map((i) => laid.lines[i]!), pages: starts };
}
