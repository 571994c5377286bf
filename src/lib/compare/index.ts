/**
 * Comparison: how the provinces phrased the same instruction. Browser-safe throughout (the /so-sanh
 * island imports it); loading a corpus from disk is the caller's business (src/lib/corpus/load.ts).
 *
 * alignment-index → candidates / similarity → the views: compareClause, compareMeasure,
 * compareDirectives, findPrecedents, computeFamilies; syllable-diff and shared-phrases make the
 * columns' runs; labels.ts holds the thresholds.
 */
export { AlignmentIndex } from './alignment-index.ts';
export { byDate, toComparable, type ComparableClause, type ComparableDirective } from './comparable.ts';
export { compareClause, type CompareClauseOptions } from './compare-clause.ts';
export { compareMeasure, type CompareMeasureOptions } from './compare-measure.ts';
export { compareDirectives } from './compare-directives.ts';
export { findPrecedents, type PrecedentOptions } from './find-precedents.ts';
export { computeFamilies, type FamilyOptions } from './families.ts';
export { rebase } from './rebase.ts';
export { ComparisonInputError, indexOf, type CorpusInput } from './corpus-input.ts';
export { ADAPTED_MIN, COMPARABLE_MIN, LABEL_TEXT, SAME_WORDING_MIN, labelFor } from './labels.ts';
export { toDiffText } from './diff-text.ts';
export {
  againstTemplates,
  templateNumbers,
  VERDICT_TEXT,
  type ClauseNumber,
  type StrictnessVerdict,
  type TemplateComparison,
  type TemplateNumbers,
  type TemplateRow,
} from './against-template.ts';
export { diffSegments } from './syllable-diff.ts';
export type * from './types.ts';
