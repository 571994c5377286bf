/**
 * The periods stage: from a directive's own words, its period in force (and each clause's), what
 * it does to the documents it names, and the numbers its clauses set. Run by the parser on what
 * it assembled, before the directive is named (directive/parse.ts), and by the synthetic
 * generator on what it wrote, so both read the same way. Nothing here needs another document:
 * resolving a target in the corpus, and a later text closing an earlier one's period, come after.
 *
 * Where the directive's own period comes from, first found:
 *   1. the relay's lead ("Theo đó, từ 0 giờ ngày 23/9/2021 … cho đến khi có thông báo mới");
 *   2. the one period the operative clauses state, when they state only one (the clause governs
 *      the whole: "Tiếp tục thực hiện giãn cách … trong vòng 10 ngày từ 0 giờ ngày 16/8/2021");
 *   3. the statement of its validity: "Chỉ thị này có hiệu lực kể từ ngày ký" (a closing article).
 * A clause stating its own period carries it (`Clause.inForce`); the validity statement is the
 * document's, not its clause's. Clauses that state different periods leave the directive's null.
 */
import { parseDocCode } from '../directive/doc-code.ts';
import type { UnnamedDirective } from '../directive/naming.ts';
import type { InForce, ParseWarning } from '../directive/schema.ts';
import { readParameters } from './parameters.ts';
import { periodIn, type PeriodContext, type StatedPeriod } from './read-periods.ts';
import { readRelations } from './relations.ts';
import { textUnits, type TextPiece } from './units.ts';

export { piecesOfLines, type TextPiece } from './units.ts';

/** `directive` with `inForce`, `relations`, each clause's `inForce` and `parameters`, and the warnings. */
export function readInForce(directive: UnnamedDirective, body: readonly TextPiece[]): UnnamedDirective {
  const ctx: PeriodContext = {
    issueDate: directive.date?.value ?? null,
    provinceId: directive.province?.value.id ?? null,
  };
  const units = textUnits(directive, body);
  const warnings: ParseWarning[] = [];
  const clausePeriods = new Map<string, StatedPeriod>();
  let lead: StatedPeriod | null = null;
  let validity: StatedPeriod | null = null;
  for (const unit of units) {
    if (unit.role === 'subject' || unit.role === 'preamble') continue;
    const period = periodIn(unit, ctx);
    if (!period) continue;
    warnings.push(...period.warnings);
    if (period.validity) validity ??= period;
    else if (unit.role === 'lead') lead ??= period;
    if (unit.clauseId && !period.validity) clausePeriods.set(unit.clauseId, period);
  }
  const operative = [...clausePeriods.entries()].filter(([id]) => id !== 'dan').map(([, p]) => p);
  const distinct = new Set(operative.map((p) => periodKey(p.inForce)));
  const governing = distinct.size === 1 ? operative[0]! : null;
  const ownKey = directive.number ? (parseDocCode(directive.number.value)?.key ?? null) : null;
  const clauseTexts = new Map(units.filter((u) => u.clauseId).map((u) => [u.clauseId!, u]));
  return {
    ...directive,
    inForce: (lead ?? governing ?? validity)?.inForce ?? null,
    relations: readRelations(units, ownKey, ctx),
    clauses: directive.clauses.map((clause) => ({
      ...clause,
      inForce: clausePeriods.get(clause.id)?.inForce ?? null,
      parameters: readParameters(clauseTexts.get(clause.id)!),
    })),
    warnings: [...directive.warnings, ...warnings],
  };
}

function periodKey(p: InForce): string {
  return [p.from?.value, p.to?.value, p.untilFurtherNotice?.value, p.scope?.value.join(',')].join('|');
}
