/**
 * Overrides: facts a directive's text lacks, given beside it in `<name>.meta.yaml`, e.g.
 *
 *   # content/directives/son-la-2021-ct-ubnd-thay-the-24.meta.yaml
 *   sourceUrl: https://…             # where the copy was found
 *   date: 2021-10-20                 # known from the original, not printed in this copy
 *   note: date from the signed scan
 *
 * Every value given here is shown as *provided*, never as read from the text.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { DocType, HttpUrl, IsoDate, IssuerKind, type Directive } from '../directive/schema.ts';
import { ISSUER_LABELS } from '../directive/issuers.ts';
import { getProvince } from '../provinces/index.ts';

export const Overrides = z
  .object({
    sourceUrl: HttpUrl.optional(),
    date: IsoDate.optional(),
    number: z.string().min(1).optional(),
    docType: DocType.optional(),
    issuer: IssuerKind.optional(),
    province: z
      .string()
      .refine((id) => getProvince(id) !== undefined, 'not a province id (see content/data/provinces.yaml)')
      .optional(),
    subject: z.string().min(1).optional(),
    signer: z.string().min(1).optional(),
    /** Where the provided facts come from; shown next to them. */
    note: z.string().optional(),
  })
  .strict();
export type Overrides = z.output<typeof Overrides>;

export type OverridesResult =
  | { ok: true; overrides: Overrides | null }
  | { ok: false; file: string; line: number; message: string };

/** The sidecar path for a directive file: x.txt → x.meta.yaml. */
export function overridesPath(directiveFile: string): string {
  return directiveFile.replace(/\.[^./\\]+$/, '') + '.meta.yaml';
}

export async function readOverrides(file: string, displayName: string = file): Promise<OverridesResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { ok: true, overrides: null };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) {
    return {
      ok: false,
      file: displayName,
      line: yamlError.linePos?.[0]?.line ?? 1,
      message: `not valid YAML: ${yamlError.message.split('\n')[0]}`,
    };
  }
  const parsed = Overrides.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { ok: true, overrides: parsed.data };
  const issue = parsed.error.issues[0]!;
  const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
  const keyLine = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  const where = issue.path.length > 0 ? `“${issue.path.join('.')}”: ` : '';
  return { ok: false, file: displayName, line: keyLine, message: `${where}${issue.message}` };
}

/** Applies overrides to a parsed directive: each given value replaces the text's, marked provided. */
export function applyOverrides(directive: Directive, overrides: Overrides, source: string): Directive {
  const from = overrides.note ? `${source} (${overrides.note})` : source;
  const provided = <T>(value: T) => ({ provenance: 'provided' as const, value, source: from });
  const d: Directive = { ...directive, warnings: [...directive.warnings] };
  const replaced = (name: string, current: { value: unknown } | null, next: unknown) => {
    if (current && JSON.stringify(current.value) !== JSON.stringify(next)) {
      d.warnings.push({
        code: 'override',
        message: `${name}: the text says ${JSON.stringify(current.value)}, ${source} says ${JSON.stringify(next)}; using the override`,
      });
    }
  };
  if (overrides.sourceUrl) d.sourceUrl = overrides.sourceUrl;
  if (overrides.date) {
    replaced('date', d.date, overrides.date);
    d.date = provided(overrides.date);
    d.dateBounds = null;
    d.warnings = d.warnings.filter((w) => w.code !== 'no-date' && w.code !== 'date-inferred');
  }
  if (overrides.number) {
    replaced('number', d.number, overrides.number);
    d.number = provided(overrides.number);
    d.warnings = d.warnings.filter((w) => w.code !== 'no-number');
  }
  if (overrides.docType) {
    replaced('docType', d.docType, overrides.docType);
    d.docType = provided(overrides.docType);
    d.warnings = d.warnings.filter((w) => w.code !== 'no-doc-type');
  }
  if (overrides.issuer) {
    const issuer = { kind: overrides.issuer, name: ISSUER_LABELS[overrides.issuer] };
    replaced('issuer', d.issuer, issuer);
    d.issuer = provided(issuer);
    d.warnings = d.warnings.filter((w) => w.code !== 'no-issuer');
  }
  if (overrides.province) {
    const p = getProvince(overrides.province)!;
    replaced('province', d.province, { id: p.id, name: p.name });
    d.province = provided({ id: p.id, name: p.name });
    d.warnings = d.warnings.filter((w) => w.code !== 'no-province' && w.code !== 'province-inferred');
  }
  if (overrides.subject) d.subject = provided(overrides.subject);
  if (overrides.signer) d.signer = provided({ name: overrides.signer, capacity: null, onBehalfOf: null, title: null });
  return d;
}
