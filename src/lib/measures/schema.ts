/**
 * The measure taxonomy (biện pháp), as content/measures.yaml holds it. Each measure is a kind of
 * order a Covid-19 directive gives — masks, quarantine, testing, … — with the Vietnamese cue
 * phrases that tag a clause with it.
 */
import { z } from 'zod';

/**
 * Oxford Covid-19 Government Response Tracker indicators: C1–C8 containment and closure
 * (C1 school closing … C8 international travel), E1–E4 economic (E1 income support …),
 * H1–H8 health (H1 public information … H6 facial coverings, H7 vaccination policy, H8 protection
 * of elderly people), V1–V4 vaccines (prioritisation, eligibility, cost, mandates).
 */
export const OXCGRT_CODES = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'E1',
  'E2',
  'E3',
  'E4',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'H7',
  'H8',
  'V1',
  'V2',
  'V3',
  'V4',
] as const;
export const OxcgrtCode = z.enum(OXCGRT_CODES);
export type OxcgrtCode = z.output<typeof OxcgrtCode>;

/** A cue phrase: Vietnamese with its diacritics, one or more syllables ("cách ly", "5K"). */
const Phrase = z.string().trim().min(1);

export const Measure = z.object({
  /** Stable kebab-case ASCII id used in tags, URLs and search filters: "masks-5k". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case ASCII'),
  /** Tên biện pháp, the label shown on Vietnamese pages: "Khẩu trang và thông điệp 5K". */
  vi: z.string().min(1),
  /** English label: "Masks and the 5K rules". */
  en: z.string().min(1),
  /** One line saying what the measure covers. */
  description: z.string().min(1),
  /** The OxCGRT indicators it corresponds to, where one fits. */
  oxcgrt: z.array(OxcgrtCode).default([]),
  /** Cụm từ nhận diện: phrases whose presence tags a clause with this measure. */
  cues: z.array(Phrase).min(3),
  /** False friends: a cue hit lying inside one of these phrases does not count. */
  exclude: z.array(Phrase).default([]),
});
export type Measure = z.output<typeof Measure>;

export const MeasureFile = z
  .object({ measures: z.array(Measure).min(1) })
  .refine(({ measures }) => new Set(measures.map((m) => m.id)).size === measures.length, {
    message: 'measure ids must be unique',
  });
export type MeasureFile = z.output<typeof MeasureFile>;

/** One cue that fired: which measure, which phrase (as written in measures.yaml), where. */
export interface CueHit {
  measure: string;
  cue: string;
  /** UTF-16 offset into the text given to the tagger. */
  start: number;
  /** UTF-16 offset just past the match. */
  end: number;
}

/**
 * A measure a clause orders by applying a central document (content/data/central-documents.yaml),
 * not by naming it: "áp dụng giãn cách xã hội theo Chỉ thị 16/CT-TTg" implies movement-control.
 */
export interface ImpliedHit {
  measure: string;
  /** The document's code, with the level for a level of Nghị quyết 128: "16/CT-TTg", "128/NQ-CP cấp 3". */
  by: string;
  /** UTF-16 offsets of the reference in the text given to the tagger. */
  start: number;
  end: number;
}

export interface ClauseTags {
  /** Measure ids the clause orders, cued or implied, in taxonomy order. */
  measures: string[];
  /** Every cue that fired, by position. */
  cues: CueHit[];
  /** Measures implied by central documents the clause applies, by position. */
  implied: ImpliedHit[];
}
