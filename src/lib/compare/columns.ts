/**
 * Side-by-side columns against a base text: the diff of each column's clause against the base and
 * the shared-phrase marks computed across the base and all columns together.
 */
import { toDiffText } from './diff-text.ts';
import { sharedPhraseMasks } from './shared-phrases.ts';
import { diffSegments, sameSegments } from './syllable-diff.ts';
import type { Column, ComparisonLabel, DiffSegment, DirectiveRef, ClauseRef } from './types.ts';

export interface ColumnDraft {
  directive: DirectiveRef;
  clause: ClauseRef | null;
  score: number;
  label: ComparisonLabel;
}

/** Diffs every column with a clause against `baseText`; returns the columns and the base's own runs. */
export function buildColumns(
  base: { text: string; province: string },
  drafts: readonly ColumnDraft[],
): { baseSegments: DiffSegment[]; columns: Column[] } {
  const baseText = toDiffText(base.text);
  const texts = drafts.map((d) => (d.clause ? toDiffText(d.clause.text) : null));
  const sources = [
    { province: base.province, text: baseText },
    ...drafts.flatMap((d, i) => {
      const text = texts[i];
      return text ? [{ province: d.directive.provinceId ?? d.directive.id, text }] : [];
    }),
  ];
  const masks = sharedPhraseMasks(sources);
  let next = 1;
  const columns = drafts.map((draft, i): Column => {
    const text = texts[i];
    const segments = text ? diffSegments(baseText, text, { base: masks[0]!, other: masks[next++]! }) : [];
    return { ...draft, segments };
  });
  return { baseSegments: sameSegments(baseText, masks[0]), columns };
}
