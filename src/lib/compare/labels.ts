/**
 * The label a column gets from its similarity to the base (0–1, similarity.ts). Tuned on the
 * hand-labelled seed pairs (tests/fixtures/compare/aligned-clauses.yaml); see the quality test.
 */
import type { ComparisonLabel } from './types.ts';

/** Nearly every syllable shared, in the same order: copied, perhaps with a word changed. */
export const SAME_WORDING_MIN = 0.8;
/** Much of the wording shared: the same text, adapted (parts dropped, added, reordered). */
export const ADAPTED_MIN = 0.4;
/** Below this a directive "says nothing comparable"; between this and ADAPTED_MIN, "own wording". */
export const COMPARABLE_MIN = 0.15;

export function labelFor(score: number): ComparisonLabel {
  if (score >= SAME_WORDING_MIN) return 'same-wording';
  if (score >= ADAPTED_MIN) return 'adapted';
  if (score >= COMPARABLE_MIN) return 'own-wording';
  return 'nothing-comparable';
}

/** The portal's Vietnamese for each label. */
export const LABEL_TEXT: Record<ComparisonLabel, string> = {
  'same-wording': 'Cùng câu chữ',
  adapted: 'Có điều chỉnh',
  'own-wording': 'Diễn đạt riêng',
  'nothing-comparable': 'Không có nội dung tương ứng',
};
