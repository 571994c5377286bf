/**
 * The documents a directive names, each linked to its page when that document is in the corpus.
 * A citation is resolved by its document code key (docCodeKey: "07-CT/TU", "07/CT-TU" → "7-CT-TU"),
 * then by province and year (in-force/resolve-document.ts): every province restarts "24/CT-UBND"
 * each year, so a key alone would link to whichever directive came last. An ambiguous citation stays
 * unlinked.
 */
import { formatVietnameseDate } from '../directive/dates.ts';
import type { Citation, CitationRelation, Directive } from '../directive/schema.ts';
import { DocumentResolver, numberKey, type CitingContext } from '../in-force/resolve-document.ts';
import type { DirectiveCard } from './directive-card.ts';

export { numberKey } from '../in-force/resolve-document.ts';

export interface CitedDocument {
  citation: Citation;
  /** The relation in Vietnamese: "căn cứ / thực hiện", "thay thế", … */
  relationLabel: string;
  /** The cited directive's page when it is in the corpus and only one directive fits. */
  href: string | null;
  /** When known, "ngày 01/7/2021" for display beside the citing phrase. */
  dateLabel: string | null;
}

export const RELATION_LABELS: Record<CitationRelation, string> = {
  cites: 'dẫn chiếu',
  implements: 'triển khai thực hiện',
  replaces: 'thay thế',
  amends: 'sửa đổi, bổ sung',
};

interface CitationIndex {
  resolver: DocumentResolver;
  citers: Map<string, DirectiveCard[]>;
}

/**
 * Built once per corpus, not once per page: 20,000 directive pages each scanning 20,000 cards
 * would be 400 million steps.
 */
const indexes = new WeakMap<readonly DirectiveCard[], CitationIndex>();

function citationIndex(corpus: readonly DirectiveCard[]): CitationIndex {
  let index = indexes.get(corpus);
  if (index) return index;
  index = { resolver: new DocumentResolver(corpus), citers: new Map() };
  for (const card of corpus) {
    for (const key of new Set(card.citationRefs.map((r) => r.key))) {
      index.citers.set(key, [...(index.citers.get(key) ?? []), card]);
    }
  }
  indexes.set(corpus, index);
  return index;
}

function citing(d: Pick<Directive, 'id' | 'province' | 'date'>, targetDate: string | null): CitingContext {
  return { id: d.id, provinceId: d.province?.value.id ?? null, date: d.date?.value ?? null, targetDate };
}

export function citedDocuments(d: Directive, corpus: readonly DirectiveCard[]): CitedDocument[] {
  const { resolver } = citationIndex(corpus);
  return d.citations.map((citation) => {
    const found = resolver.resolve(citation.key, citing(d, citation.date));
    return {
      citation,
      relationLabel: RELATION_LABELS[citation.relation],
      href: found.status === 'resolved' ? `/van-ban/${found.id}` : null,
      dateLabel: citation.date ? formatVietnameseDate(citation.date) : null,
    };
  });
}

/** The directives in the corpus whose citations resolve to `d`: the other direction of the same links. */
export function citedBy(d: Pick<Directive, 'id' | 'number'>, corpus: readonly DirectiveCard[]): DirectiveCard[] {
  const key = numberKey(d);
  if (!key) return [];
  const { resolver, citers } = citationIndex(corpus);
  return (citers.get(key) ?? []).filter(
    (other) =>
      other.id !== d.id &&
      other.citationRefs.some((ref) => {
        if (ref.key !== key) return false;
        const found = resolver.resolve(key, citing(other, ref.date));
        return found.status === 'resolved' && found.id === d.id;
      }),
  );
}
