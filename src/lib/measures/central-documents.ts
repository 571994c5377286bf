/**
 * The central documents provinces apply by reference (Chỉ thị 15, 16, 19/CT-TTg; Nghị quyết
 * 128/NQ-CP and its levels), read once from content/data/central-documents.yaml and checked
 * against the measure taxonomy: a set naming a measure that does not exist is an error at load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseDocCode } from '../directive/doc-code.ts';
import { ParameterKind, ParameterUnit } from '../directive/schema.ts';
import { contentDir } from '../paths.ts';
import { listMeasures } from './catalogue.ts';

const MeasureIds = z.array(z.string().min(1)).min(1);

/** A number the document itself sets, with its own words (compare/against-template.ts reads it). */
export const TemplateParameter = z.object({
  kind: ParameterKind,
  value: z.number(),
  unit: ParameterUnit,
  /** Where the number holds when the document sets several: "trong một phòng". */
  where: z.string().min(1).nullable().default(null),
  /** The document's words the number rests on. */
  wording: z.string().min(1),
});
export type TemplateParameter = z.output<typeof TemplateParameter>;

export const CentralDocument = z.object({
  /** Số hiệu as the Government prints it: "16/CT-TTg". */
  code: z.string().min(1),
  /** chi-thi = chỉ thị (directive), nghi-quyet = nghị quyết (resolution). */
  kind: z.enum(['chi-thi', 'nghi-quyet']),
  /** The number alone, for "Chỉ thị 16", "CT16", "Nghị quyết 128". */
  number: z.number().int().positive(),
  /** Ngày ban hành, ISO. YAML reads an unquoted date as a Date, so both are accepted. */
  date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
  /** Trích yếu. */
  title: z.string().min(1),
  /** Wrong codes provinces print for it ("15/TTg-CP"). */
  aliases: z.array(z.string()).default([]),
  /** Measures applying the document (at no stated level) orders. */
  measures: MeasureIds,
  /**
   * Measures applying the document to some areas and not others adds: a distancing regime put in
   * force "đối với thành phố X, huyện Y", or 16 here and 15 there, classes areas (lockdown-zoning).
   */
  byArea: z.array(z.string().min(1)).default([]),
  /** The numbers it sets (max_gathering, min_distance, …); none written when unsure. */
  parameters: z.array(TemplateParameter).default([]),
  /** Cấp độ dịch: the full set each epidemic level carries, and the numbers it sets. */
  levels: z
    .array(
      z.object({
        level: z.number().int().min(1).max(4),
        measures: MeasureIds,
        parameters: z.array(TemplateParameter).default([]),
      }),
    )
    .default([]),
});
export type CentralDocument = z.output<typeof CentralDocument>;

const CentralDocumentFile = z.object({ documents: z.array(CentralDocument).min(1) });

/** Parses the file and checks every measure id against the taxonomy. */
export function parseCentralDocuments(yamlText: string, measureIds: ReadonlySet<string>): CentralDocument[] {
  const documents = CentralDocumentFile.parse(parse(yamlText)).documents;
  for (const doc of documents) {
    for (const id of [...doc.measures, ...doc.byArea, ...doc.levels.flatMap((l) => l.measures)]) {
      if (!measureIds.has(id)) throw new Error(`central-documents.yaml: ${doc.code} names unknown measure "${id}"`);
    }
  }
  return documents;
}

let cached: readonly CentralDocument[] | undefined;

export function listCentralDocuments(): readonly CentralDocument[] {
  cached ??= Object.freeze(
    parseCentralDocuments(
      readFileSync(join(contentDir(), 'data', 'central-documents.yaml'), 'utf8'),
      new Set(listMeasures().map((m) => m.id)),
    ),
  );
  return cached;
}

/** The document-code key (doc-code.ts) of a printed code: "16/CT-TTg" → "16-CT-TTG". */
export function codeKey(code: string): string | null {
  return parseDocCode(code)?.key ?? null;
}
