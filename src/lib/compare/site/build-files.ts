/**
 * What the site build writes for the comparison (static-files.ts says where): computed once from
 * the full alignment index, which exists only while the site is built.
 */
import type { AlignmentIndex } from '../alignment-index.ts';
import type { ComparableDirective } from '../comparable.ts';
import { planMeasure } from '../compare-measure.ts';
import type { ClauseRef } from '../types.ts';
import type { DirectiveListEntry, FrequencyTable, MeasureData } from './static-files.ts';

export function frequencyTable(index: AlignmentIndex): FrequencyTable {
  const keys = index.vocabulary.keys();
  const df: Record<string, number> = {};
  index.vocabulary.df.forEach((n, id) => {
    if (n > 0) df[keys[id]!] = n;
  });
  return { directives: index.directives.length, units: index.passages.length, df };
}

export function directiveList(directives: readonly ComparableDirective[]): DirectiveListEntry[] {
  return directives.map((d) => ({
    id: d.id,
    label: `${d.province ?? d.id} · ${d.title}${d.date ? ` (${d.date.slice(0, 4)})` : ''}`,
  }));
}

/** Directives named as not ordering a measure; past it they are counted (a file, not a list of thousands). */
export const MAX_ABSENT_LISTED = 100;

export function measureData(index: AlignmentIndex, measure: string): MeasureData {
  const full = planMeasure(index, measure);
  const more = full.absent.length - MAX_ABSENT_LISTED;
  const plan = more > 0 ? { ...full, absent: full.absent.slice(0, MAX_ABSENT_LISTED), moreAbsent: more } : full;
  const refs = [plan.base, ...plan.drafts.map((d) => d.clause)].filter((c): c is ClauseRef => c !== null);
  return { plan, clauses: refs.map((ref) => withOnly(index, ref)) };
}

/** The clause's directive holding that clause only. */
function withOnly(index: AlignmentIndex, ref: ClauseRef): ComparableDirective {
  const found = index.find(ref.directive.id, ref.clauseId)!;
  const { directive, clause } = index.clauses[found]!;
  return { ...index.directives[directive]!, clauses: [clause] };
}
