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
 * The label and the document's part are computed once when a directive is built (naming.ts) and
 * stored; pages, the index and the comparison read them and join them with citeClause.
 */
import { formatVietnameseDate } from './dates.ts';
import { documentKind, documentName } from './doc-types.ts';
import { issuerWithProvince } from './issuers.ts';
import type { Clause, Directive, Field } from './schema.ts';

export type CitableDirective = Pick<Directive, 'docType' | 'number' | 'date' | 'issuer' | 'province'>;
export type LocatableClause = Pick<Clause, 'id' | 'kind' | 'parentId'>;

/**
 * "Chỉ thị số 07-CT/TU ngày 07/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An": the document's part of a
 * citation, stored on the directive as `citation` (naming.ts). Without a number a citation names the
 * kind alone ("Chỉ thị của …"), not documentName's "(không số)": a drafter leaves out what is not
 * printed. Without an issuer, "của" names the province, which the document was read as coming from.
 */
export function citeDocument(directive: CitableDirective): string {
  const docType = directive.docType?.value;
  const name = directive.number
    ? documentName(docType, cited(directive.number, directive.number.value))
    : documentKind(docType);
  const date = directive.date ? `ngày ${cited(directive.date, formatVietnameseDate(directive.date.value))}` : null;
  const province = directive.province?.value.name ?? null;
  const issuer = issuerWithProvince(directive.issuer?.value.name ?? null, province) ?? province;
  return [name, date, issuer ? `của ${issuer}` : null].filter((part) => part !== null).join(' ');
}

/**
 * A clause's citation, as the "copy citation" button and the precedent finder give it: its stored
 * label, then its directive's stored citation. Stored apart and joined here because the document's
 * part is the same for every clause of a directive: storing it whole on each clause would repeat it
 * thousands of times in the corpus and the index, for a join that cannot disagree with itself.
 */
export function citeClause(label: string, documentCitation: string): string {
  return `${label}, ${documentCitation}`;
}

/** A relay's news lead, cited as such: it is the page's sentence, not the document's. */
export const LEAD_LABEL = 'Đoạn tin dẫn';

/**
 * "Điểm b, Mục 3" for each clause, in order: where it stands, innermost level first, read from the
 * tree (kind and parent), never from the id's spelling. Linear in the clauses: a directive of 20,000
 * clauses is named in one pass. A clause whose parent is missing is named from its own level.
 */
export function clauseLabels(clauses: readonly LocatableClause[]): string[] {
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  return clauses.map((clause) => {
    const levels: string[] = [];
    const seen = new Set<string>();
    for (let c: LocatableClause | undefined = clause; c && !seen.has(c.id); c = parentOf(c, byId)) {
      seen.add(c.id); // a malformed tree with a loop ends here instead of hanging
      levels.push(levelName(c, parentOf(c, byId)));
    }
    const text = levels.join(', ');
    return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
  });
}

function parentOf(clause: LocatableClause, byId: ReadonlyMap<string, LocatableClause>): LocatableClause | undefined {
  return clause.parentId ? byId.get(clause.parentId) : undefined;
}

function cited<T>(field: Field<T>, text: string): string {
  return field.provenance === 'inferred' ? `[${text}]` : text;
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
      // "dan-2": the orders relayed after the lead's announcement sentence.
      return own === 'dan' ? LEAD_LABEL : `${LEAD_LABEL} (tiếp)`;
  }
}
