/**
 * Relations: what a directive does to the documents it names — replaces, amends, extends, lifts,
 * implements — read by the project's one classifier (reference-use.ts) over its subject, lead,
 * preamble, clauses and closing. Two kinds of naming are read:
 *   with a number  "Chỉ thị này thay thế Chỉ thị số 24/CT-UBND ngày 24/7/2021" (directive/citations.ts)
 *   central, bare  "thực hiện giãn cách xã hội theo Chỉ thị 16", "CT15" (measures/central-references.ts)
 * "Căn cứ …" and a document named with no acting word are citations only, never relations; the
 * document's own number is never a target. Extending a central document is applying it: the
 * province extends its own measures, it does not prolong the Prime Minister's directive, so
 * "tiếp tục thực hiện … theo Chỉ thị 16/CT-TTg" implements 16/CT-TTg, while "tiếp tục thực hiện
 * Quyết định số 1903/QĐ-UBND … đến hết ngày 25/8/2021" extends 1903/QĐ-UBND until 2021-08-25.
 * Implementing is said of central or higher documents only: "Thực hiện Chỉ thị số 12-CT/TU của
 * Ban Thường vụ Tỉnh ủy" is the province acting under its own text, no relation.
 */
import { findReferences } from '../directive/citations.ts';
import { parseDocCode } from '../directive/doc-code.ts';
import type { Relation, RelationType } from '../directive/schema.ts';
import { listCentralDocuments } from '../measures/central-documents.ts';
import { findCentralReferences } from '../measures/central-references.ts';
import { wordStream } from '../measures/word-stream.ts';
import { endStatedIn, type PeriodContext } from './read-periods.ts';
import { classifyReferences, type ReferenceUse } from './reference-use.ts';
import { lineIn, spanIn, type TextUnit } from './units.ts';

/** When two namings of one target disagree, the stronger act wins. */
const STRENGTH: Readonly<Record<RelationType, number>> = {
  replaces: 5,
  lifts: 4,
  amends: 3,
  extends: 2,
  implements: 1,
};

/**
 * Provincial codes (UBND, Tỉnh ủy, HĐND, a province's Ban Chỉ đạo): a code without one of these is
 * a central or higher document's ("16/CT-TTg", "68/NQ-CP", "11-CT/TW", "600/CĐ-BCĐ").
 */
const PROVINCIAL = /UBND|(?:^|[-/])TU(?:$|[-/])|HĐND|UB$/u;

export function readRelations(units: readonly TextUnit[], ownKey: string | null, ctx: PeriodContext): Relation[] {
  const byTarget = new Map<string, Relation>();
  const add = (relation: Relation) => {
    const key = relation.targetKey ?? relation.target;
    const known = byTarget.get(key);
    if (!known || STRENGTH[relation.type] > STRENGTH[known.type]) byTarget.set(key, relation);
  };
  for (const found of findReferences(units, ownKey)) {
    const { citation } = found;
    const unit = found.piece as TextUnit;
    const type = relationType(found.use, citation.number);
    if (!type || !citation.number) continue;
    add({
      type,
      target: citation.number,
      targetKey: citation.key,
      targetDocType: citation.docType,
      targetDate: citation.date,
      until: type === 'extends' ? endStatedIn(restOfSentence(unit.text, found.endInPiece), ctx) : null,
      clauseId: unit.clauseId,
      text: citation.text,
      // The citation reader counts the unit's line breaks, which a clause's run no longer has.
      span: { ...citation.span, line: lineIn(unit, citation.span.start) },
    });
  }
  for (const relation of centralRelations(units, ownKey)) add(relation);
  return [...byTarget.values()].sort((a, b) => a.span.start - b.span.start);
}

function relationType(use: ReferenceUse, target: string | null): RelationType | null {
  switch (use.kind) {
    case 'cites':
    case 'not-applied':
      return null;
    case 'extends':
      return target && PROVINCIAL.test(target) ? 'extends' : 'implements';
    case 'implements':
      // Carrying out the province's own or its Party committee's text is acting under it, not
      // implementing a higher document: no relation (LABELS.md: implements is central or higher).
      return target && PROVINCIAL.test(target) ? null : 'implements';
    default:
      return use.kind;
  }
}

/** Every form central-references.ts reads starts with one of these (a cheap test before the word stream). */
const MAY_NAME_CENTRAL = /chỉ\s*thị|nghị\s*quyết|ct|nq|\d\/(?:CT|NQ)/iu;

/** "theo Chỉ thị 16", "CT15": the central documents a unit names without their full code. */
function centralRelations(units: readonly TextUnit[], ownKey: string | null): Relation[] {
  const documents = listCentralDocuments();
  const relations: Relation[] = [];
  for (const unit of units) {
    if (!MAY_NAME_CENTRAL.test(unit.text)) continue;
    const words = wordStream(unit.text);
    const refs = findCentralReferences(unit.text, words, documents);
    if (refs.length === 0) continue;
    const uses = classifyReferences(
      unit.text,
      words,
      refs.map((r) => ({ first: r.first, last: r.last, level: r.level !== null })),
    );
    refs.forEach((ref, i) => {
      const type = relationType(uses[i]!, ref.document.code);
      const key = parseDocCode(ref.document.code)?.key ?? null;
      // A level ("cấp độ 3") applies the level's measures; the document itself is named elsewhere.
      if (!type || ref.level !== null || (ownKey && key === ownKey)) return;
      const start = words[ref.first]!.start;
      const end = words[ref.last]!.end;
      relations.push({
        type,
        target: ref.document.code,
        targetKey: key,
        targetDocType: ref.document.kind,
        targetDate: null,
        until: null,
        clauseId: unit.clauseId,
        text: unit.text.slice(start, end),
        span: spanIn(unit, start, end - start),
      });
    });
  }
  return relations;
}

/** From `at` to the end of its sentence. */
function restOfSentence(text: string, at: number): string {
  const rest = text.slice(at);
  const end = rest.search(/[.;!?](?=\s|$)|\n/u);
  return end === -1 ? rest : rest.slice(0, end);
}
