/** The hand-labelled fixtures: the 72 seed clauses the cues were tuned on, and the held-apart real-shaped passages. */
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

/**
 * The two held-apart sets: 1 was labelled before the reference reader and the cue widening were
 * written (its disagreements then guided the widening); 2 was labelled before the widening and never
 * used to tune anything.
 */
const REAL_SHAPED = {
  1: new URL('../../fixtures/measures/real-shaped-passages.yaml', import.meta.url),
  2: new URL('../../fixtures/measures/real-shaped-passages-2.yaml', import.meta.url),
} as const;

const RealShapedPassage = z.object({
  id: z.string(),
  /** lead: a relay's news lead; paragraph: a one-paragraph body; clause: a numbered or bulleted item. */
  shape: z.enum(['lead', 'paragraph', 'clause']),
  text: z.string().min(1),
  measures: z.array(z.string()),
  /** Central documents the passage applies, as the labeller read it: "16/CT-TTg", "128/NQ-CP cấp 3". */
  implied: z.array(z.string()).default([]),
  note: z.string().optional(),
});
export type RealShapedPassage = z.output<typeof RealShapedPassage>;

/** A held-apart set: passages in real documents' shapes, written and labelled by the project. */
export function readRealShapedPassages(set: keyof typeof REAL_SHAPED = 1): RealShapedPassage[] {
  return z.object({ passages: z.array(RealShapedPassage) }).parse(parse(readFileSync(REAL_SHAPED[set], 'utf8')))
    .passages;
}
