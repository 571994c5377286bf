/**
 * A ready citation for a clause, as a drafter would write it in a new document:
 *   "Mục 3, Chỉ thị số 07-CT/TU ngày 07/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An"
 *   "Điểm b, Mục 9, Chỉ thị của Chủ tịch UBND tỉnh Sơn La"            (no number, no date)
 *   "Gạch đầu dòng thứ 2, Mục 5, Thông báo kết luận ngày [28/8/2020] của Ban Thường vụ Tỉnh ủy Hải Dương"
 *
 * Decisions:
 * - The locator names each level from the clause outwards: Phần (part, "I"), Điều (article),
 *   Khoản (a numbered item inside an article), Mục (a numbered item elsewhere), Điểm (lettered
 *   point), "gạch đầu dòng thứ n" (the n-th dash bullet: the usual way to cite an unnumbered item),
 *   "ý thứ n" (a "+" sub-bullet), Đoạn (a paragraph of a document without numbering).
 * - Dates as official documents write them (dates.ts, after Nghị định 30/2020/NĐ-CP): "ngày
 *   07/8/2021", "ngày 15/02/2021".
 * - Provenance: an extracted or provided value is cited as a fact; an inferred number or date is put
 *   in square brackets, the cataloguer's sign for information supplied from outside the document
 *   ("ngày [28/8/2020]"). A missing number or date is left out rather than guessed. The province
 *   completes the issuer's name ("Ban Thường vụ Tỉnh ủy" + "Nghệ An") and is not bracketed: it is
 *   the body's own name, read from the document's header or text.
 *
 * Browser-safe: the directive page's "copy citation" button uses it too.
 */
import { formatVietnameseDate } from './dates.ts';
import { DOC_TYPE_LABELS } from './doc-types.ts';
import type { Clause, Directive, Field } from './schema.ts';

export type CitableDirective = Pick<Directive, 'docType' | 'number' | 'date' | 'issuer' | 'province'>;
export type LocatableClause = Pick<Clause, 'id' | 'kind' | 'parentId'>;

/** "Chỉ thị số 07-CT/TU ngày 07/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An". */
export function citeDocument(directive: CitableDirective): string {
  const kind = directive.docType ? DOC_TYPE_LABELS[directive.docType.value] : 'Văn bản';
  const number = directive.number ? `số ${cited(directive.number, directive.number.value)}` : null;
  const date = directive.date ? `ngày ${cited(directive.date, formatVietnameseDate(directive.date.value))}` : null;
  const issuer = issuerName(directive);
  return [kind, number, date, issuer ? `của ${issuer}` : null].filter((part) => part !== null).join(' ');
}

/** A relay's news lead, cited as such: it is the page's sentence, not the document's. */
export const LEAD_LABEL = 'Đoạn tin dẫn';

/** "Điểm b, Mục 3": where the clause stands, innermost level first. Unknown id → the id itself. */
export function locateClause(clauses: readonly LocatableClause[], clauseId: string): string {
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  const levels: string[] = [];
  for (let clause = byId.get(clauseId); clause; clause = clause.parentId ? byId.get(clause.parentId) : undefined) {
    const parent = clause.parentId ? byId.get(clause.parentId) : undefined;
    levels.push(levelName(clause, parent));
  }
  if (levels.length === 0) return clauseId;
  const text = levels.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The locator and the document: "Mục 3, Chỉ thị số 07-CT/TU ngày 07/8/2021 của …". */
export function citeClause(
  directive: CitableDirective & { clauses: readonly LocatableClause[] },
  clauseId: string,
): string {
  return `${locateClause(directive.clauses, clauseId)}, ${citeDocument(directive)}`;
}

function cited<T>(field: Field<T>, text: string): string {
  return field.provenance === 'inferred' ? `[${text}]` : text;
}

function issuerName(directive: CitableDirective): string | null {
  const province = directive.province?.value.name ?? null;
  const issuer = directive.issuer?.value.name ?? null;
  if (!issuer) return province;
  if (!province || issuer.includes(province)) return issuer;
  return `${issuer} ${province}`;
}

/** The clause's own part of its id: "3.b" under "3" → "b"; "3.-2" → "-2"; "dieu-1" → "1". */
function ownLabel(clause: LocatableClause): string {
  const own =
    clause.parentId && clause.id.startsWith(`${clause.parentId}.`)
      ? clause.id.slice(clause.parentId.length + 1)
      : clause.id;
  // "_2" marks the second of two items printed with the same number (ids must be unique).
  return own.replace(/_\d+$/u, '');
}

function levelName(clause: LocatableClause, parent: LocatableClause | undefined): string {
  const own = ownLabel(clause);
  switch (clause.kind) {
    case 'part':
      return `Phần ${own}`;
    case 'article':
      return `Điều ${own.replace(/^dieu-/u, '')}`;
    case 'numbered':
      return parent?.kind === 'article' ? `Khoản ${own}` : `Mục ${own}`;
    case 'lettered':
      return `Điểm ${own}`;
    case 'bullet':
      return `gạch đầu dòng thứ ${own.replace(/^-/u, '')}`;
    case 'sub-bullet':
      return `ý thứ ${own.replace(/^\+/u, '')}`;
    case 'paragraph':
      return `Đoạn ${own.replace(/^p/u, '')}`;
    case 'lead':
      return LEAD_LABEL;
  }
}
