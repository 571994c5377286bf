/**
 * Which columns of a clause or measure comparison are diffed and shown. The alignment runs over every
 * directive (it is cheap), but a reader cannot use 5,000 diffed columns, and diffing them costs
 * seconds: past `max` comparable columns only the closest are kept (the ones a reader compares
 * first); the rest are counted. "Nothing comparable" columns stay, in their place in date order:
 * they have nothing to diff, and that a directive says nothing on the matter is itself an answer.
 * The seed corpus is far below the cap: there every column is shown.
 */
import type { ColumnDraft } from './columns.ts';

/** Comparable columns diffed in one view: more than a reader can scroll through side by side. */
export const MAX_SHOWN_COLUMNS = 60;

export interface ShownColumns {
  /** The drafts to diff, in the order given (date order). */
  shown: ColumnDraft[];
  /** Comparable drafts left out. */
  hidden: number;
}

export function shownColumns(drafts: readonly ColumnDraft[], max = MAX_SHOWN_COLUMNS): ShownColumns {
  const comparable = drafts.filter((d) => d.clause !== null);
  if (comparable.length <= max) return { shown: [...drafts], hidden: 0 };
  // Closest first; among equal scores the earlier directive (the drafts come in date order).
  const kept = new Set(
    comparable
      .map((draft, order) => ({ draft, order }))
      .sort((a, b) => b.draft.score - a.draft.score || a.order - b.order)
      .slice(0, max)
      .map(({ draft }) => draft),
  );
  return { shown: drafts.filter((d) => d.clause === null || kept.has(d)), hidden: comparable.length - max };
}
