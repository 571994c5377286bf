/**
 * The pieces of a directive the periods stage reads, each with where it stands in
 * `text.normalized` so that every value found gets a span:
 *   clause    each operative clause (its own paragraph, marker included), and the relay's lead;
 *   preamble  body lines before the first clause: the situation and the basis, read for relations
 *             only (a period there is history: "Từ ngày 19/7/2021, tỉnh đã áp dụng …");
 *   closing   body lines after the last clause: "Chỉ thị này có hiệu lực kể từ ngày ký";
 *   subject   the title ("Về việc tiếp tục áp dụng … theo Chỉ thị 16/CT-TTg"), for relations.
 */
import type { ClauseId, SourceSpan } from '../directive/schema.ts';
import type { UnnamedDirective } from '../directive/naming.ts';

/** A stretch of the normalised text and where it starts (the shape directive/citations.ts reads). */
export interface TextPiece {
  text: string;
  offset: number;
  line: number;
  /**
   * Where a line break stood in `text`, when it was made a space: a clause's lines are one
   * paragraph wrapped by a PDF or a scan ("triển khai thực\nhiện nghiêm túc Chỉ thị số 19/CT-TTg"),
   * read as one run; spans still count the lines.
   */
  breaks?: readonly number[];
}

export interface TextUnit extends TextPiece {
  role: 'subject' | 'lead' | 'clause' | 'preamble' | 'closing';
  clauseId: ClauseId | null;
}

/**
 * The pieces of the body as paragraphs: each run of lines (a paragraph the parser joined, wrapped
 * by a PDF or a scan: "Thực hiện\nChỉ thị số 11/CT-TTg …") read as one, its line breaks kept in
 * `breaks` for the spans.
 */
export function piecesOfLines(
  normalized: string,
  paragraphs: ReadonlyArray<ReadonlyArray<{ start: number; end: number; lineNo: number }>>,
): TextPiece[] {
  return paragraphs.flatMap((lines) => {
    const first = lines[0];
    const last = lines.at(-1);
    if (!first || !last) return [];
    const own = normalized.slice(first.start, last.end);
    const breaks: number[] = [];
    for (let i = own.indexOf('\n'); i !== -1; i = own.indexOf('\n', i + 1)) breaks.push(i);
    return [
      { text: breaks.length > 0 ? own.replace(/\n/gu, ' ') : own, offset: first.start, line: first.lineNo, breaks },
    ];
  });
}

/** `body`: the body's pieces (and a relay's lead), lines or paragraphs (`piecesOfLines`). */
export function textUnits(d: UnnamedDirective, body: readonly TextPiece[]): TextUnit[] {
  const normalized = d.text.normalized;
  const units: TextUnit[] = [];
  if (d.subject?.provenance === 'extracted') {
    const { start, end, line } = d.subject.span;
    units.push({ role: 'subject', clauseId: null, text: normalized.slice(start, end), offset: start, line });
  }
  const spans = d.clauses.map((c) => c.span);
  const operative = d.clauses.filter((c) => c.kind !== 'lead');
  const first = operative[0]?.span.start ?? Infinity;
  const last = operative.at(-1)?.span.end ?? -Infinity;
  for (const piece of body) {
    if (piece.text.trim() === '') continue;
    const end = piece.offset + piece.text.length;
    if (spans.some((s) => s.start < end && piece.offset < s.end)) continue;
    const role = piece.offset < first ? 'preamble' : piece.offset >= last ? 'closing' : null;
    if (role) units.push({ ...piece, role, clauseId: null });
  }
  for (const c of d.clauses) {
    const own = normalized.slice(c.span.start, c.span.end);
    const breaks: number[] = [];
    for (let i = own.indexOf('\n'); i !== -1; i = own.indexOf('\n', i + 1)) breaks.push(i);
    units.push({
      role: c.kind === 'lead' ? 'lead' : 'clause',
      clauseId: c.id,
      text: breaks.length > 0 ? own.replace(/\n/gu, ' ') : own,
      offset: c.span.start,
      line: c.span.line,
      breaks,
    });
  }
  return units.sort((a, b) => a.offset - b.offset);
}

/**
 * The sentences of a piece: up to a full stop, semicolon, "!" or "?" before a space, or a line
 * break. A dot inside a date ("02.8.2021") or a number does not end one.
 */
export function sentencesOf(piece: TextPiece): TextPiece[] {
  const out: TextPiece[] = [];
  const re = /[^\n]+?(?:[.;!?](?=\s|$)|(?=\n)|$)/gu;
  const breaks = piece.breaks ?? newlines(piece.text);
  // Lines counted as the sentences go, not from the start for each: a long clause stays linear.
  let passed = 0;
  for (let m = re.exec(piece.text); m; m = re.exec(piece.text)) {
    while (passed < breaks.length && breaks[passed]! < m.index) passed++;
    if (m[0].trim() === '') continue;
    const inside = breaks
      .slice(passed)
      .filter((b) => b < m!.index + m![0].length)
      .map((b) => b - m!.index);
    out.push({ text: m[0], offset: piece.offset + m.index, line: piece.line + passed, breaks: inside });
  }
  return out;
}

/** The span of `length` characters at `index` of a piece. */
export function spanIn(piece: TextPiece, index: number, length: number): SourceSpan {
  return { start: piece.offset + index, end: piece.offset + index + length, line: lineIn(piece, piece.offset + index) };
}

/** The line of an offset of the normalised text that falls in `piece`. */
export function lineIn(piece: TextPiece, offset: number): number {
  const breaks = piece.breaks ?? newlines(piece.text);
  let lines = 0;
  while (lines < breaks.length && breaks[lines]! < offset - piece.offset) lines++;
  return piece.line + lines;
}

function newlines(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}
