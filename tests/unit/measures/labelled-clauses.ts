/** The hand-labelled fixture, read and checked against the taxonomy's ids. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const FIXTURE = new URL('../../fixtures/measures/labelled-clauses.yaml', import.meta.url);

const LabelledClause = z.object({
  id: z.string(),
  /** File name in content/directives/. */
  seed: z.string().endsWith('.txt'),
  /** 1-based line of the seed the clause starts on. */
  line: z.number().int().positive(),
  /** The numbering the parser strips: "1.", "2-", "a)", "-". */
  marker: z.string(),
  /** Verbatim text; an item's later paragraphs are joined with "\n". */
  text: z.string().min(1),
  /** Measure ids the clause orders, by hand. */
  measures: z.array(z.string()),
  note: z.string().optional(),
});
export type LabelledClause = z.output<typeof LabelledClause>;

export function readLabelledClauses(): LabelledClause[] {
  return z.object({ clauses: z.array(LabelledClause) }).parse(parse(readFileSync(FIXTURE, 'utf8'))).clauses;
}
