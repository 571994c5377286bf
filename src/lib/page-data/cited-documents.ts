/**
 * The documents a directive names, each linked to its page when that document is in the corpus.
 * A citation and a directive match on their document code key (docCodeKey: "07-CT/TU", "07/CT-TU"
 * → "7-CT-TU"), so a citation spelt differently from the cited number still finds it.
 */
import { parseDocCode } from '../directive/doc-code.ts';
import { formatVietnameseDate } from '../directive/dates.ts';
import type { Citation, CitationRelation, Directive } from '../directive/schema.ts';
import type { DirectiveCard } from './directive-card.ts';

export interface CitedDocument {
  citation: Citation;
  /** The relation in Vietnamese: "căn cứ / thực hiện", "thay thế", … */
  relationLabel: string;
  /** The cited directive's page when it is in the corpus. */
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

/** The code key of a directive's own number, or null when it has none. */
export function numberKey(d: Pick<Directive, 'number'>): string | null {
  return d.number ? (parseDocCode(d.number.value)?.key ?? null) : null;
}

interface CitationIndex {
  byKey: Map<string, DirectiveCard>;
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
  index = { byKey: new Map(), citers: new Map() };
  for (const card of corpus) {
    if (card.numberKey) index.byKey.set(card.numberKey, card);
    for (const key of card.citationKeys) index.citers.set(key, [...(index.citers.get(key) ?? []), card]);
  }
  indexes.set(corpus, index);
  return index;
}

export function citedDocuments(d: Directive, corpus: readonly DirectiveCard[]): CitedDocument[] {
  const { byKey } = citationIndex(corpus);
  return d.citations.map((citation) => {
    const target = citation.key ? byKey.get(citation.key) : undefined;
    return {
      citation,
      relationLabel: RELATION_LABELS[citation.relation],
      href: target && target.id !== d.id ? `/van-ban/${target.id}` : null,
      dateLabel: citation.date ? formatVietnameseDate(citation.date) : null,
    };
  });
}

/** The directives in the corpus that cite `d`: the other direction of the same links. */
export function citedBy(d: Pick<Directive, 'id' | 'number'>, corpus: readonly DirectiveCard[]): DirectiveCard[] {
  const key = numberKey(d);
  if (!key) return [];
  return (citationIndex(corpus).citers.get(key) ?? []).filter((other) => other.id !== d.id);
}
