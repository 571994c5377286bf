/**
 * Documents a directive names. Forms in the seeds:
 *   "Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ"                    (Thanh Hóa)
 *   "Nghị quyết số 68/NQ-CP, ngày 01/7/2021 của Chính phủ"         (Nghệ An)
 *   "Báo cáo số 109-BC/BCSĐ ngày 07/5/2021"                        (Hưng Yên)
 *   "Nghị quyết số 128/NQ-CP ngày 11/10/2021 về Quy định tạm thời …" (Sơn La)
 *   "Chỉ thị này thay thế Chỉ thị số 24/CT-UBND ngày 24/7/2021 của Chủ tịch UBND tỉnh" (Sơn La)
 *   "Điện ngày 21/7/2021" of the Ban Bí thư (no number)             (Thanh Hóa)
 * How the text uses each one is read by the project's one classifier (periods/reference-use.ts),
 * shared with the relations and the tagger: "thay thế" replaces, "sửa đổi, bổ sung" amends, "thực
 * hiện / triển khai / theo / tiếp tục" implements; "Căn cứ …" and anything else only cites. A
 * citation's `relation` keeps its four values: extending ("tiếp tục thực hiện") is implementing,
 * lifting or looking back is citing; `findReferences` gives the finer reading to the relations.
 */
import type { Citation, CitationRelation, SourceSpan } from './schema.ts';
import { classifyReferences, type ReferenceUse } from '../periods/reference-use.ts';
import { wordStream, type Word } from '../measures/word-stream.ts';
import { DOC_TYPE_NAME_PATTERN, docTypeFromName } from './doc-types.ts';
import { DOC_CODE_PATTERN, parseDocCode } from './doc-code.ts';
import { DATE_PATTERN, dateFromMatch } from './dates.ts';

/**
 * Words that end the issuer after "của" and start the rest of the sentence: "… của Chủ tịch UBND
 * tỉnh | trên phạm vi toàn tỉnh", "… | cho đến khi có thông báo mới".
 */
const ISSUER_ENDS = 'về|V\\/v|tại|và|trên|trong|cho|đến|từ|kể từ|theo|nhằm|để|với|đối với|tiếp tục|được|đã|yêu cầu';

const CITATION = new RegExp(
  String.raw`(?<![\p{L}])(${DOC_TYPE_NAME_PATTERN})(?:\s+số)?(?:\s+(${DOC_CODE_PATTERN}))?` +
    String.raw`(?:\s*,?\s+${DATE_PATTERN})?` +
    String.raw`(?:\s+của\s+([^,;.()]{3,60}?)(?=\s+(?:${ISSUER_ENDS})\s|[,;.()]|$))?`,
  'gu',
);

/** A piece of the directive's text and where it starts in the normalised text. */
export interface TextPiece {
  text: string;
  offset: number;
  line: number;
}

export function findCitations(pieces: TextPiece[], ownKey: string | null): Citation[] {
  return findReferences(pieces, ownKey).map((r) => r.citation);
}

/** A citation with how the text uses it, and the piece it stands in (for reading on after it). */
export interface FoundReference {
  citation: Citation;
  use: ReferenceUse;
  piece: TextPiece;
  /** Where the citation ends in `piece.text`. */
  endInPiece: number;
}

export function findReferences(pieces: readonly TextPiece[], ownKey: string | null): FoundReference[] {
  const found: FoundReference[] = [];
  for (const piece of pieces) {
    const matches: Array<{ m: RegExpExecArray; citation: Omit<Citation, 'relation'> }> = [];
    CITATION.lastIndex = 0;
    for (let m = CITATION.exec(piece.text); m; m = CITATION.exec(piece.text)) {
      const code = m[2] ? parseDocCode(m[2]) : null;
      const date = dateFromMatch(m, 2);
      // A kind name alone ("các Chỉ thị", "Công văn này") is not a citation.
      if (!code && !date) continue;
      if (code && ownKey && code.key === ownKey) continue;
      matches.push({
        m,
        citation: {
          key: code?.key ?? null,
          number: code?.printed ?? null,
          docType: docTypeFromName(m[1]!) ?? code?.docType ?? null,
          date,
          issuer: m[9]?.trim() ?? null,
          text: m[0].trim(),
          span: spanIn(piece, m.index, m[0].trimEnd().length),
        },
      });
    }
    if (matches.length === 0) continue;
    const words = wordStream(piece.text);
    const uses = classifyReferences(
      piece.text,
      words,
      matches.map(({ m }) => wordRange(words, m.index, m.index + m[0].trimEnd().length)),
    );
    matches.forEach(({ m, citation }, i) => {
      const use = uses[i]!;
      found.push({
        citation: { ...citation, relation: citationRelation(use) },
        use,
        piece,
        endInPiece: m.index + m[0].trimEnd().length,
      });
    });
  }
  return found;
}

function citationRelation(use: ReferenceUse): CitationRelation {
  switch (use.kind) {
    case 'replaces':
    case 'amends':
      return use.kind;
    case 'implements':
    case 'extends':
      return 'implements';
    default:
      return 'cites';
  }
}

/** The words a match covers: from the first that starts in it to the last that ends in it. */
function wordRange(words: readonly Word[], start: number, end: number): { first: number; last: number } {
  let first = words.findIndex((w) => w.start >= start);
  if (first === -1) first = words.length - 1;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.end <= end) last++;
  return { first, last };
}

function spanIn(piece: TextPiece, index: number, length: number): SourceSpan {
  const lineOffset = piece.text.slice(0, index).split('\n').length - 1;
  return { start: piece.offset + index, end: piece.offset + index + length, line: piece.line + lineOffset };
}
