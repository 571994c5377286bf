/**
 * Positioned words → lines of text in reading order, for the two readers that see a page as boxes:
 * a PDF's text layer (pdfjs text items) and OCR (Tesseract's word boxes).
 *
 * Why not the order the boxes come in: a directive's header is two columns side by side,
 *   ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   TỈNH THANH HÓA              Độc lập - Tự do - Hạnh phúc
 *   Số: 15/CT-UBND           Thanh Hóa, ngày 20 tháng 9 năm 2021
 * and so is the signature block (Nơi nhận | KT. CHỦ TỊCH). Read row by row, each line would mix
 * the issuer with the motto. So:
 *   1. boxes are grouped into visual rows (vertical centres overlapping);
 *   2. a row is cut into cells where the horizontal gap is wide (several letters, not a space);
 *   3. a row of two or more cells opens a *band*: following rows close below it whose cells each lie
 *      on one side of the column boundary belong to it. A band is read column by column (left
 *      column top to bottom, then the right), which is how a careful copy of the text reads:
 *      issuer, motto; then after the gap, "Số: …", then place and date;
 *   4. outside bands, a line that fills the measure (ends at the right margin) continues onto the
 *      next line when that one starts at the left margin and is not a new item ("2.", "a)", "-"):
 *      wrapped paragraphs become one line, as in a text file, so clause texts match the text twin.
 *      Also across a page break. A page of fewer than three lines has no measure to fill: its lines
 *      stay as they are. A page number alone at the top or bottom of a page is dropped.
 * A large vertical gap becomes a blank line (after the header, after the title).
 */

export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PageBoxes {
  /** 1-based page number. */
  page: number;
  boxes: TextBox[];
}

export interface LaidOutText {
  lines: string[];
  /** The 1-based line each page's text starts on (pages with no text are left out). */
  pages: { page: number; line: number }[];
}

interface Cell extends TextBox {}

interface Row {
  cells: Cell[];
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A new item of a list starts a line of its own even when the line before it is full. */
const ITEM_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)/-]\s|[a-zđ][).]\s|[-+•*]\s|[IVXLC]{1,6}[.)]\s|Điều\s+\d)/u;

export function layoutPages(pages: PageBoxes[]): LaidOutText {
  const lines: string[] = [];
  const starts: { page: number; line: number }[] = [];
  let carry: { row: Row; metrics: PageMetrics } | null = null;
  for (const { page, boxes } of pages) {
    const rows = dropPageNumbers(groupRows(boxes.filter((b) => b.text.trim() !== '')));
    if (rows.length === 0) continue;
    const metrics = pageMetrics(rows);
    const before = lines.length;
    carry = layoutRows(rows, metrics, lines, carry);
    if (lines.length > before) starts.push({ page, line: before + 1 });
  }
  return { lines, pages: starts };
}

interface PageMetrics {
  /** Median height of a row: the size of a line of body text. */
  lineHeight: number;
  left: number;
  right: number;
  /** Enough lines of text (3) to know the margins: a page of one line is "full" to its own edge. */
  measured: boolean;
}

/** "2", "- 2 -": a page number alone at the top or bottom of a page is furniture, not text. */
const PAGE_NUMBER = /^[-–—\s]*\d{1,3}[-–—\s]*$/;

function dropPageNumbers(rows: Row[]): Row[] {
  const alone = (row: Row | undefined): boolean => row?.cells.length === 1 && PAGE_NUMBER.test(row.cells[0]!.text);
  let kept = rows;
  if (kept.length > 1 && alone(kept[0])) kept = kept.slice(1);
  if (kept.length > 1 && alone(kept.at(-1))) kept = kept.slice(0, -1);
  return kept;
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function pageMetrics(rows: Row[]): PageMetrics {
  const single = rows.filter((r) => r.cells.length === 1);
  const measured = single.length > 0 ? single : rows;
  return {
    lineHeight: median(rows.map((r) => r.bottom - r.top)) || 1,
    left: Math.min(...measured.map((r) => r.left)),
    right: Math.max(...measured.map((r) => r.right)),
    measured: single.length >= 3,
  };
}

/** Boxes whose vertical centre falls inside a row's extent belong to it; rows top to bottom. */
function groupRows(boxes: TextBox[]): Row[] {
  const sorted = boxes.toSorted((a, b) => a.top - b.top || a.left - b.left);
  const rows: { boxes: TextBox[]; top: number; bottom: number }[] = [];
  for (const box of sorted) {
    const centre = (box.top + box.bottom) / 2;
    const row = rows.find((r) => centre >= r.top && centre <= r.bottom);
    if (row) {
      row.boxes.push(box);
      row.top = Math.min(row.top, box.top);
      row.bottom = Math.max(row.bottom, box.bottom);
    } else {
      rows.push({ boxes: [box], top: box.top, bottom: box.bottom });
    }
  }
  return rows
    .map((r) => {
      const cells = splitCells(r.boxes.toSorted((a, b) => a.left - b.left));
      return {
        cells,
        top: r.top,
        bottom: r.bottom,
        left: Math.min(...cells.map((c) => c.left)),
        right: Math.max(...cells.map((c) => c.right)),
      };
    })
    .toSorted((a, b) => a.top - b.top);
}

/** Cuts a row where the gap is wider than 2.5 letter heights: a column gap, not a (justified) space. */
function splitCells(boxes: TextBox[]): Cell[] {
  const height = median(boxes.map((b) => b.bottom - b.top)) || 1;
  const cells: Cell[] = [];
  for (const box of boxes) {
    const last = cells.at(-1);
    const gap = last ? box.left - last.right : Infinity;
    if (last && gap <= height * 2.5) {
      const joiner = /\s$/.test(last.text) || /^\s/.test(box.text) || gap < height * 0.12 ? '' : ' ';
      last.text += joiner + box.text;
      last.right = Math.max(last.right, box.right);
      last.top = Math.min(last.top, box.top);
      last.bottom = Math.max(last.bottom, box.bottom);
    } else {
      cells.push({ ...box });
    }
  }
  for (const cell of cells) cell.text = cell.text.replace(/\s+/g, ' ').trim();
  return cells;
}

/** Lays out one page's rows onto `lines`; returns the last body row, which the next page may continue. */
function layoutRows(
  rows: Row[],
  metrics: PageMetrics,
  lines: string[],
  carry: { row: Row; metrics: PageMetrics } | null,
): { row: Row; metrics: PageMetrics } | null {
  let previous: Row | null = null;
  let last = carry;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (previous && row.top - previous.bottom > metrics.lineHeight * 1.5 && lines.at(-1) !== '') lines.push('');
    if (row.cells.length > 1) {
      const band = collectBand(rows, i, metrics);
      for (const column of band.columns) lines.push(...column);
      i = band.end;
      previous = rows[band.end]!;
      last = null;
      continue;
    }
    const text = row.cells[0]!.text;
    if (last && continues(last, row, metrics, text) && lines.length > 0) {
      lines[lines.length - 1] = `${lines.at(-1)} ${text}`;
    } else {
      lines.push(text);
    }
    previous = row;
    last = { row, metrics };
  }
  return last;
}

function continues(before: { row: Row; metrics: PageMetrics }, row: Row, metrics: PageMetrics, text: string): boolean {
  const slack = metrics.lineHeight * 1.5;
  if (!before.metrics.measured || !metrics.measured) return false;
  const filled = before.row.right >= before.metrics.right - slack;
  const atMargin = row.left <= metrics.left + metrics.lineHeight;
  return filled && atMargin && !ITEM_MARKER.test(text);
}

/** The rows from `start` that read as two (or more) columns, each column's lines top to bottom. */
function collectBand(rows: Row[], start: number, metrics: PageMetrics): { columns: string[][]; end: number } {
  const first = rows[start]!;
  const boundaries = first.cells.slice(1).map((cell, k) => (first.cells[k]!.right + cell.left) / 2);
  const columnOf = (cell: Cell): number | null => {
    let column = 0;
    for (const boundary of boundaries) {
      if (cell.left >= boundary) column++;
      else if (cell.right > boundary) return null;
    }
    return column;
  };
  const columns: string[][] = boundaries.map(() => []).concat([[]]);
  let end = start;
  for (let i = start; i < rows.length; i++) {
    const row = rows[i]!;
    if (i > start && row.top - rows[i - 1]!.bottom > metrics.lineHeight * 1.2) break;
    const placed = row.cells.map(columnOf);
    if (placed.some((c) => c === null)) break;
    row.cells.forEach((cell, k) => columns[placed[k]!]!.push(cell.text));
    end = i;
  }
  return { columns, end };
}

/**
 * A run of three or more spaces inside one box is a column gap typed with spaces (a PDF printed from a
 * text editor, or a header line written as one string): the box is cut there, each piece placed by
 * its share of the characters, so splitCells sees the gap.
 */
export function splitSpacedBox(box: TextBox): TextBox[] {
  if (!/\S\s{3,}\S/.test(box.text)) return [box];
  const perChar = (box.right - box.left) / Math.max(box.text.length, 1);
  const pieces: TextBox[] = [];
  for (const match of box.text.matchAll(/\S+(?:\s{1,2}\S+)*/g)) {
    const left = box.left + match.index * perChar;
    pieces.push({ ...box, text: match[0], left, right: left + match[0].length * perChar });
  }
  return pieces;
}
