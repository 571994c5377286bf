/**
 * Tags every clause of a directive with the measures it orders, and the directive with their union.
 * Every clause kind is tagged — a relay's lead and a one-paragraph body as much as a numbered item:
 * relays put their orders there.
 *
 * A heading gets what its own words order, never its children's: its text holds no child's words.
 * A child reads its parent's lead-in, the sentence it completes: in "Xét nghiệm SARS-CoV-2 cho các
 * đối tượng sau: a) người có biểu hiện ho, sốt", a) orders testing though its own words name none.
 * What a lead-in passes down is what its own words cue (lead-in.ts), and a child passes on what it
 * inherited when it is a lead-in itself.
 */
import type { Clause, Directive } from '../directive/schema.ts';
import { listMeasures } from './catalogue.ts';
import { leadInSentence } from './lead-in.ts';
import type { CueHit } from './schema.ts';
import { tagClause } from './tag-clause.ts';

export function tagDirective(directive: Directive): Directive {
  const order = listMeasures().map((m) => m.id);
  /** What each clause passes to its children: the measures its lead-in cues, and those it inherited. */
  const passed = new Map<string, { measures: ReadonlySet<string> }>();
  const clauses = directive.clauses.map((clause): Clause => {
    const tags = tagClause(clause.text);
    const inherited = clause.parentId ? passed.get(clause.parentId) : undefined;
    const leadInCues = clause.parentId && clause.leadIn ? leadInHits(clause.leadIn) : [];
    const own = new Set([...tags.measures, ...leadInCues.map((h) => h.measure), ...(inherited?.measures ?? [])]);
    const lead = leadInSentence(clause.text);
    if (lead !== null) {
      const cued = tagClause(lead.text).measures;
      passed.set(clause.id, {
        measures: new Set([...cued, ...leadInCues.map((h) => h.measure), ...(inherited?.measures ?? [])]),
      });
    }
    const { leadInCues: _old, ...rest } = clause;
    return {
      ...rest,
      measures: order.filter((id) => own.has(id)),
      cues: tags.cues,
      implied: tags.implied,
      ...(leadInCues.length > 0 && { leadInCues }),
    };
  });
  const ordered = new Set(clauses.flatMap((c) => c.measures));
  return { ...directive, clauses, measures: order.filter((id) => ordered.has(id)) };
}

/** The cues of a parent's lead-in sentence, with offsets into the parent's text (`leadIn`). */
function leadInHits(leadIn: string): CueHit[] {
  const lead = leadInSentence(leadIn);
  if (lead === null) return [];
  return tagClause(lead.text).cues.map((hit) => ({ ...hit, start: hit.start + lead.start, end: hit.end + lead.start }));
}
