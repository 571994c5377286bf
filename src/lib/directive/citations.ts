/**
 * Documents a directive names. Forms in the seeds:
 *   "Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ"                    (Thanh Hóa)
 *   "Nghị quyết số 68/NQ-CP, ngày 01/7/2021 của Chính phủ"         (Nghệ An)
 *   "Báo cáo số 109-BC/BCSĐ ngày 07/5/2021"                        (Hưng Yên)
 *   "Nghị quyết số 128/NQ-CP ngày 11/10/2021 về Quy định tạm thời …" (Sơn La)
 *   "Chỉ thị này thay thế Chỉ thị số 24/CT-UBND ngày 24/7/2021 của Chủ tịch UBND tỉnh" (Sơn La)
 *   "Điện ngày 21/7/2021" of the Ban Bí thư (no number)             (Thanh Hóa)
 * The relation is read from the words right before the citation: "thay thế" replaces, "sửa đổi,
 * bổ sung" amends, "thực hiện / triển khai / căn cứ" implements; anything else only cites.
 */
import type { Citation, CitationRelation, SourceSpan } from './schema.ts';
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

const RELATIONS: ReadonlyArray<[CitationRelation, RegExp]> = [
  ['replaces', /thay thế\s*$/u],
  ['amends', /(?:sửa đổi|bổ sung)[^.;]{0,20}$/u],
  [
    'implements',
    /(?:thực hiện|triển khai(?:\s+thực hiện)?|căn cứ)(?:\s+(?:tốt\s+)?(?:chỉ đạo|ý kiến chỉ đạo)(?:\s+của\s+[^,;.]{1,40}?)?\s+tại)?\s*$/iu,
  ],
];

/** A piece of the directive's text and where it starts in the normalised text. */
export interface TextPiece {
  text: string;
  offset: number;
  line: number;
}

export function findCitations(pieces: TextPiece[], ownKey: string | null): Citation[] {
  const citations: Citation[] = [];
  for (const piece of pieces) {
    CITATION.lastIndex = 0;
    for (let m = CITATION.exec(piece.text); m; m = CITATION.exec(piece.text)) {
      const code = m[2] ? parseDocCode(m[2]) : null;
      const date = dateFromMatch(m, 2);
      // A kind name alone ("các Chỉ thị", "Công văn này") is not a citation.
      if (!code && !date) continue;
      if (code && ownKey && code.key === ownKey) continue;
      const before = piece.text.slice(Math.max(0, m.index - 80), m.index);
      citations.push({
        key: code?.key ?? null,
        number: code?.printed ?? null,
        docType: docTypeFromName(m[1]!) ?? code?.docType ?? null,
        date,
        issuer: m[9]?.trim() ?? null,
        relation: RELATIONS.find(([, re]) => re.test(before))?.[0] ?? 'cites',
        text: m[0].trim(),
        span: spanIn(piece, m.index, m[0].trimEnd().length),
      });
    }
  }
  return citations;
}

function spanIn(piece: TextPiece, index: number, length: number): SourceSpan {
  const lineOffset = piece.text.slice(0, index).split('\n').length - 1;
  return { start: piece.offset + index, end: piece.offset + index + length, line: piece.line + lineOffset };
}
