/**
 * "Against the template" (so với văn bản mẫu): a clause that applies a central document ("áp dụng
 * giãn cách xã hội theo Chỉ thị 16/CT-TTg", "cấp độ 3 theo Nghị quyết 128") set beside the numbers
 * that document sets, one row per number: the clause's own number and whether it is stricter,
 * looser or the same (directive/parameter-strictness.ts says which way each kind tightens). The
 * template's numbers and the words they rest on come from content/data/central-documents.yaml.
 *
 * Only the clause's own words count (`extracted` parameters): a number it only inherits from the
 * template would compare "same" with itself and say nothing. A row with one side missing has no
 * verdict: "the template sets none" or "the clause states none" is all that can be said.
 *
 * Browser-safe: the page hands the island the templates' numbers as plain data (templateNumbers).
 */
import {
  compareStrictness,
  formatParameterValue,
  PARAMETER_LABELS,
  strictest,
} from '../directive/parameter-strictness.ts';
import type { ParameterKind } from '../directive/schema.ts';
import type { CentralDocument } from '../measures/central-documents.ts';

export type StrictnessVerdict = 'stricter' | 'looser' | 'same';

/** How the page words each verdict: the clause against the template. */
export const VERDICT_TEXT: Readonly<Record<StrictnessVerdict, string>> = {
  stricter: 'chặt hơn mẫu',
  looser: 'nới hơn mẫu',
  same: 'giống mẫu',
};

/** A number of a clause's own words, as the comparison carries it (comparable.ts). */
export interface ClauseNumber {
  kind: ParameterKind;
  value: number;
  unit: string;
  /** The words it was read from: "không quá 10 người". */
  text: string;
}

/** One template the corpus can apply: a document, or one level of it ("128/NQ-CP cấp 3"). */
export interface TemplateNumbers {
  /** As a clause's implied measures name it (measures/implied-measures.ts `by`). */
  by: string;
  /** "Chỉ thị 16/CT-TTg" or "Nghị quyết 128/NQ-CP, cấp độ 3". */
  name: string;
  parameters: Array<{ kind: ParameterKind; value: number; unit: string; where: string | null; wording: string }>;
}

export interface TemplateRow {
  kind: ParameterKind;
  /** "Số người tụ tập tối đa". */
  label: string;
  /** The template's number, formatted ("2 người"), where it holds, and its words; null when it sets none. */
  template: { value: number; shown: string; where: string | null; wording: string } | null;
  /** The clause's number (its strictest of the kind) and its words; null when it states none. */
  clause: { value: number; shown: string; text: string } | null;
  verdict: StrictnessVerdict | null;
}

export interface TemplateComparison {
  by: string;
  name: string;
  /** Template rows first, in the template's order, then the kinds only the clause sets. */
  rows: TemplateRow[];
}

/** What of a clause the comparison reads: the templates it applies and its own numbers. */
export interface TemplateApplier {
  applies?: readonly string[] | undefined;
  parameters?: readonly ClauseNumber[] | undefined;
}

/** One comparison per template the clause applies and the corpus knows, in the order it names them. */
export function againstTemplates(clause: TemplateApplier, templates: readonly TemplateNumbers[]): TemplateComparison[] {
  const byName = new Map(templates.map((t) => [t.by, t]));
  return (clause.applies ?? []).flatMap((by) => {
    const template = byName.get(by);
    return template ? [againstTemplate(clause.parameters ?? [], template)] : [];
  });
}

function againstTemplate(numbers: readonly ClauseNumber[], template: TemplateNumbers): TemplateComparison {
  const own = ownNumbers(numbers);
  const rows: TemplateRow[] = template.parameters.map((p) => {
    const mine = own.get(p.kind) ?? null;
    return {
      kind: p.kind,
      label: PARAMETER_LABELS[p.kind],
      template: { value: p.value, shown: formatParameterValue(p.value, p.unit), where: p.where, wording: p.wording },
      clause: mine,
      verdict: mine ? compareStrictness(p.kind, mine.value, p.value) : null,
    };
  });
  const covered = new Set(template.parameters.map((p) => p.kind));
  for (const [kind, mine] of own) {
    if (!covered.has(kind))
      rows.push({ kind, label: PARAMETER_LABELS[kind], template: null, clause: mine, verdict: null });
  }
  return { by: template.by, name: template.name, rows };
}

/** The clause's strictest number of each kind, with the words of that number. */
function ownNumbers(
  numbers: readonly ClauseNumber[],
): Map<ParameterKind, { value: number; shown: string; text: string }> {
  const own = new Map<ParameterKind, { value: number; shown: string; text: string }>();
  const kinds = [...new Set(numbers.map((n) => n.kind))];
  for (const kind of kinds) {
    const ofKind = numbers.filter((n) => n.kind === kind);
    const value = strictest(
      kind,
      ofKind.map((n) => n.value),
    )!;
    const chosen = ofKind.find((n) => n.value === value)!;
    own.set(kind, { value, shown: formatParameterValue(value, chosen.unit), text: chosen.text });
  }
  return own;
}

/** The templates' numbers from the central documents (node side: the page builds them once). */
export function templateNumbers(documents: readonly CentralDocument[]): TemplateNumbers[] {
  return documents.flatMap((doc) => {
    const name = `${doc.kind === 'chi-thi' ? 'Chỉ thị' : 'Nghị quyết'} ${doc.code}`;
    return [
      { by: doc.code, name, parameters: doc.parameters },
      ...doc.levels.map((level) => ({
        by: `${doc.code} cấp ${level.level}`,
        name: `${name}, cấp độ ${level.level}`,
        parameters: level.parameters,
      })),
    ];
  });
}
