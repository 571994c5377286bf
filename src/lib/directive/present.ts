/** How a directive is shown outside the program: the CLI's JSON and its readable summary. */
import type { Directive, Field } from './schema.ts';
import { DOC_TYPE_LABELS } from './doc-types.ts';

/** The JSON form: every field as parsed; the (long) texts only on request. */
export function directiveForJson(d: Directive, options: { withText: boolean }): Record<string, unknown> {
  const { text, ...rest } = d;
  return options.withText ? { ...rest, text } : { ...rest, text: { encoding: text.encoding } };
}

function show<T>(f: Field<T> | null, render: (v: T) => string = String): string {
  if (!f) return '—';
  const value = render(f.value);
  if (f.provenance === 'extracted') return f.note ? `${value}  (${f.note})` : value;
  if (f.provenance === 'inferred') return `${value}  (inferred: ${f.evidence.map((e) => e.note).join('; ')})`;
  return `${value}  (provided by ${f.source})`;
}

export function formatDirective(d: Directive): string {
  const rows: Array<[string, string]> = [
    ['id', d.id],
    ['province', show(d.province, (p) => p.name)],
    ['type', show(d.docType, (t) => DOC_TYPE_LABELS[t])],
    ['number', show(d.number)],
    ['issuer', show(d.issuer, (i) => i.name)],
    ['date', d.date ? show(d.date) : d.dateBounds?.notBefore ? `— (not before ${d.dateBounds.notBefore.value})` : '—'],
    ['subject', show(d.subject)],
    ['signer', show(d.signer, (s) => [s.capacity, s.onBehalfOf, s.title, s.name].filter(Boolean).join(' · '))],
    ['measures', d.measures.join(', ') || '—'],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  lines.push('', `${d.clauses.length} clauses:`);
  for (const c of d.clauses) {
    const text = c.text.replace(/\s+/g, ' ');
    lines.push(
      `${'  '.repeat(c.depth + 1)}[${c.id}] ${text.length > 90 ? `${text.slice(0, 89)}…` : text}${c.measures.length ? `  {${c.measures.join(', ')}}` : ''}`,
    );
  }
  if (d.citations.length) lines.push('', 'cites:', ...d.citations.map((c) => `  ${c.relation.padEnd(10)} ${c.text}`));
  if (d.warnings.length)
    lines.push('', 'warnings:', ...d.warnings.map((w) => `  ${w.line ? `line ${w.line}: ` : ''}${w.message}`));
  return lines.join('\n');
}
