/**
 * Quan hệ giữa các văn bản: what each directive does to the documents it names (replaces, amends,
 * extends, lifts, implements: `Directive.relations`, read by the parser), resolved to the directive
 * of the corpus it names (resolve-document.ts, by key, province and year) and turned into the
 * changes a later text makes to an earlier one's period (effective-period.ts `PeriodChange`).
 *
 * Read in two steps so the corpus is never held: `actingRelations` keeps the few facts of each
 * relation while the corpus streams by; `resolveRelations` runs once every directive has been seen
 * (a text may name one that comes later in the file).
 */
import type { ClauseId, Directive, DirectiveId, RelationType } from '../directive/schema.ts';
import { dayBefore } from './days.ts';
import { effectivePeriod, type Day, type PeriodChange } from './effective-period.ts';
import type { DocumentResolver, Resolution } from './resolve-document.ts';

/** One relation as the acting directive states it, with what resolving and applying it needs. */
export interface ActingRelation {
  type: RelationType;
  /** The target's number as printed, and its key and date. */
  target: string;
  targetKey: string | null;
  targetDate: string | null;
  /** For `extends`: the new last day, as stated. */
  until: Day | null;
  by: DirectiveId;
  byName: string;
  byClause: ClauseId | null;
  byProvinceId: string | null;
  byDate: string | null;
  /** The day the acting text (or the clause stating the relation) takes effect. */
  on: Day | null;
  /** The acting directive's own stated last day: an extension with no date of its own lasts as long. */
  byEnd: Day | null;
  text: string;
}

export function actingRelations(d: Directive): ActingRelation[] {
  const whole = effectivePeriod(d, null);
  return d.relations.map((r) => {
    const clause = r.clauseId ? d.clauses.find((c) => c.id === r.clauseId) : undefined;
    const period = clause ? effectivePeriod(d, clause) : whole;
    return {
      type: r.type,
      target: r.target,
      targetKey: r.targetKey,
      targetDate: r.targetDate,
      until: r.until ? r.until.slice(0, 10) : null,
      by: d.id,
      byName: d.documentName,
      byClause: r.clauseId,
      byProvinceId: d.province?.value.id ?? null,
      byDate: d.date?.value ?? null,
      on: period.from,
      byEnd: whole.to !== null && whole.toBasis === 'stated' ? whole.to : null,
      text: r.text,
    };
  });
}

/** A relation with the directive it resolved to, as the directive pages link it. */
export interface ResolvedRelation {
  type: RelationType;
  target: string;
  status: Resolution['status'];
  /** The target in the corpus, when exactly one directive fits. */
  targetId: DirectiveId | null;
  by: DirectiveId;
  byName: string;
  byClause: ClauseId | null;
  text: string;
}

/** What a period-changing relation does to its target: replaces and lifts end it, extends moves its end. */
function periodChange(r: ActingRelation): PeriodChange | null {
  if (r.type !== 'replaces' && r.type !== 'lifts' && r.type !== 'extends') return null;
  const lastDay = r.type === 'extends' ? (r.until ?? r.byEnd) : r.on ? dayBefore(r.on) : null;
  return { type: r.type, by: r.by, byClause: r.byClause, byName: r.byName, on: r.on, lastDay };
}

export function resolveRelations(
  acting: Iterable<ActingRelation>,
  resolver: DocumentResolver,
): { relations: ResolvedRelation[]; changes: Map<DirectiveId, PeriodChange[]> } {
  const relations: ResolvedRelation[] = [];
  const changes = new Map<DirectiveId, PeriodChange[]>();
  for (const r of acting) {
    const found = resolver.resolve(r.targetKey, {
      id: r.by,
      provinceId: r.byProvinceId,
      date: r.byDate,
      targetDate: r.targetDate,
    });
    const targetId = found.status === 'resolved' ? found.id : null;
    relations.push({
      type: r.type,
      target: r.target,
      status: found.status,
      targetId,
      by: r.by,
      byName: r.byName,
      byClause: r.byClause,
      text: r.text,
    });
    const change = targetId ? periodChange(r) : null;
    if (targetId && change) changes.set(targetId, [...(changes.get(targetId) ?? []), change]);
  }
  return { relations, changes };
}
