/**
 * Which directive of the corpus a printed number names: the one resolver both the citation links of
 * a directive's page (page-data/cited-documents.ts) and the relations of the in-force layer
 * (relations.ts) use, so a link and a closed period never disagree.
 *
 * A document code key ("24-CT-UBND") holds no province and, mostly, no year, yet every province
 * restarts its numbering each year: at 20,000 directives dozens of texts share "24/CT-UBND". So a
 * target is matched by key, then by province (the citing directive's own; a document of no province,
 * a central one, when the province has none of that key), then by year (the year printed with the
 * target, "ngày 24/7/2021", or in its number, "17/2021/QĐ-UBND"; without one, any document not
 * dated after the citing one, since no text names a later one; an undated document fits any year). Exactly one candidate left is the
 * target; two or more is ambiguous and stays unlinked: a wrong link is worse than none.
 */
import { parseDocCode } from '../directive/doc-code.ts';
import type { Directive, DirectiveId } from '../directive/schema.ts';

/** The facts of a directive the resolver needs (a DirectiveCard has them). */
export type ResolvableDocument = Pick<Directive, 'id' | 'number' | 'province' | 'date'>;

/** The code key of a directive's own number ("7-CT-TU"), or null when it has none. */
export function numberKey(d: Pick<Directive, 'number'>): string | null {
  return d.number ? (parseDocCode(d.number.value)?.key ?? null) : null;
}

export type Resolution =
  | { status: 'resolved'; id: DirectiveId }
  | { status: 'ambiguous'; candidates: DirectiveId[] }
  | { status: 'absent' };

/** The citing side: who names the target, and the target's date when printed beside it. */
export interface CitingContext {
  id: DirectiveId;
  provinceId: string | null;
  /** The citing directive's date of issue, `YYYY-MM-DD`. */
  date: string | null;
  /** The target's date as printed ("Chỉ thị số 24/CT-UBND ngày 24/7/2021"), `YYYY-MM-DD`. */
  targetDate: string | null;
}

interface Entry {
  id: DirectiveId;
  provinceId: string | null;
  date: string | null;
}

export class DocumentResolver {
  readonly #byKey = new Map<string, Entry[]>();

  constructor(documents: Iterable<ResolvableDocument>) {
    for (const d of documents) this.add(d);
  }

  add(d: ResolvableDocument): void {
    const key = numberKey(d);
    if (!key) return;
    const entry = { id: d.id, provinceId: d.province?.value.id ?? null, date: d.date?.value ?? null };
    const list = this.#byKey.get(key);
    if (list) list.push(entry);
    else this.#byKey.set(key, [entry]);
  }

  resolve(key: string | null, from: CitingContext): Resolution {
    if (!key) return { status: 'absent' };
    const all = (this.#byKey.get(key) ?? []).filter((e) => e.id !== from.id);
    const sameProvince = all.filter((e) => e.provinceId !== null && e.provinceId === from.provinceId);
    let candidates = sameProvince.length > 0 ? sameProvince : all.filter((e) => e.provinceId === null);
    const year = printedYear(key, from.targetDate);
    if (year !== null) candidates = candidates.filter((e) => e.date === null || e.date.slice(0, 4) === year);
    else if (from.date !== null) candidates = candidates.filter((e) => e.date === null || e.date <= from.date!);
    if (candidates.length === 1) return { status: 'resolved', id: candidates[0]!.id };
    if (candidates.length === 0) return { status: 'absent' };
    return { status: 'ambiguous', candidates: candidates.map((e) => e.id) };
  }
}

/** The target's year: from its printed date, else from a number that carries it ("17/2021/QĐ-UBND" → key "17-2021-QD-UBND"). */
function printedYear(key: string, targetDate: string | null): string | null {
  if (targetDate) return targetDate.slice(0, 4);
  return /^\d+-(\d{4})-/.exec(key)?.[1] ?? null;
}
