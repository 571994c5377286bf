/**
 * Directives the in-force tests write themselves (no real text): a number, a province, a date of
 * issue, clauses with measures, and the periods, relations and parameters the periods stage would
 * have read — each checked against the schema, so the layer is tested on what the contract allows.
 */
import { Directive, type Parameter, type RelationType } from '../../../src/lib/directive/schema.ts';
import { nameDirective } from '../../../src/lib/directive/naming.ts';

const SPAN = { start: 0, end: 1, line: 1 };
const stated = <T>(value: T) => ({ provenance: 'extracted' as const, value, span: SPAN });

export interface WrittenPeriod {
  from?: string;
  to?: string;
  untilFurtherNotice?: boolean;
  scope?: string[];
}

export interface WrittenClause {
  id: string;
  measures: string[];
  inForce?: WrittenPeriod;
  parameters?: Array<{ kind: Parameter['kind']; value: number; unit: Parameter['unit'] }>;
  /** Central templates the clause applies: [measure, code] ("16/CT-TTg"). */
  implied?: Array<[string, string]>;
}

export interface WrittenDirective {
  id: string;
  province?: [string, string] | null;
  number?: string;
  /** Ngày ban hành. */
  date?: string | null;
  inForce?: WrittenPeriod;
  clauses: WrittenClause[];
  relations?: Array<{
    type: RelationType;
    target: string;
    targetKey: string;
    targetDate?: string;
    until?: string;
    clauseId?: string;
  }>;
}

function period(p: WrittenPeriod | undefined) {
  if (!p) return null;
  return {
    from: p.from ? stated(p.from) : null,
    to: p.to ? stated(p.to) : null,
    untilFurtherNotice: p.untilFurtherNotice ? stated(true) : null,
    scope: p.scope ? stated(p.scope) : null,
  };
}

export function written(w: WrittenDirective): Directive {
  const text = `Chỉ thị số ${w.number ?? 'không số'} (viết cho bài kiểm tra)`;
  const province = w.province === undefined ? ['son-la', 'Sơn La'] : w.province;
  const directive = nameDirective({
    id: w.id as Directive['id'],
    file: `content/directives/${w.id}.txt`,
    province: province
      ? { provenance: 'provided', value: { id: province[0], name: province[1] }, source: 'test' }
      : null,
    docType: { provenance: 'provided', value: 'chi-thi', source: 'test' },
    number: w.number ? { provenance: 'provided', value: w.number, source: 'test' } : null,
    issuer: null,
    date: w.date ? { provenance: 'provided', value: w.date, source: 'test' } : null,
    dateBounds: null,
    place: null,
    subject: null,
    urgency: null,
    recipients: null,
    signer: null,
    distribution: null,
    lead: null,
    preamble: '',
    clauses: w.clauses.map((c) => ({
      id: c.id as Directive['clauses'][number]['id'],
      kind: 'numbered',
      marker: `${c.id}.`,
      parentId: null,
      depth: 0,
      text: `Khoản ${c.id}`,
      leadIn: null,
      span: SPAN,
      measures: c.measures,
      cues: [],
      ...(c.implied ? { implied: c.implied.map(([measure, by]) => ({ measure, by, start: 0, end: 1 })) } : {}),
      inForce: period(c.inForce),
      parameters: (c.parameters ?? []).map((p) => ({
        provenance: 'extracted',
        ...p,
        text: String(p.value),
        span: SPAN,
      })),
    })),
    closing: '',
    citations: [],
    inForce: period(w.inForce),
    relations: (w.relations ?? []).map((r) => ({
      type: r.type,
      target: r.target,
      targetKey: r.targetKey,
      targetDocType: 'chi-thi',
      targetDate: r.targetDate ?? null,
      until: r.until ?? null,
      clauseId: r.clauseId ?? null,
      text: `${r.type} ${r.target}`,
      span: SPAN,
    })),
    measures: [...new Set(w.clauses.flatMap((c) => c.measures))],
    sourceUrl: null,
    text: { original: text, normalized: text, encoding: 'utf-8' },
    synthetic: false,
    warnings: [],
  } as never);
  return Directive.parse(directive);
}
