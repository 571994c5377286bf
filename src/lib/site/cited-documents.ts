/**
 * The documents a directive names, each linked to its page when that document is in the corpus.
 * A citation and a directive match on their document code key (docCodeKey: "07-CT/TU", "07/CT-TU"
 * → "7-CT-TU"), so a citation spelt differently from the cited number still finds it.
 */
import { parseDocCode } from '../directive/doc-code.ts';
import { formatVietnameseDate } from '../directive/dates.ts';
import type { Citation, CitationRelation, Directive } from '../directive/schema.ts';

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
export function numberKey(d: Directive): string | null {
  return d.number ? (parseDocCode(d.number.value)?.key ?? null) : null;
}

export function citedDocuments(d: Directive, corpus: readonly Directive[]): CitedDocument[] {
  const byKey = new Map<string, Directive>();
  for (const other of corpus) {
    const key = numberKey(other);
    if (key && other.id !== d.id) byKey.set(key, other);
  }
  return d.citations.map((citation) => {
    const target = citation.key ? byKey.get(citation.key) : undefined;
    return {
      citation,
      relationLabel: RELATION_LABELS[citation.relation],
      href: target ? `/van-ban/${target.id}` : null,
      dateLabel: citation.date ? formatVietnameseDate(citation.date) : null,
    };
  });
}

/** The directives in the corpus that cite `d`: the other direction of the same links. */
export function citedBy(d: Directive, corpus: readonly Directive[]): Directive[] {
  const key = numberKey(d);
  if (!key) return [];
  return corpus.filter((other) => other.id !== d.id && other.citations.some((c) => c.key === key));
}
