/**
 * How a synthetic clause differs from the seed clause it was made from: the kinds of variation
 * real provinces show when they adapt a central text or each other's wording.
 *
 * Why each variation, with the seed forms it imitates:
 * - SYNONYMS: interchangeable spellings and words the seeds themselves alternate between:
 *   "bảo đảm"/"đảm bảo" (Nghệ An writes one, Sơn La both), "vắc-xin"/"vắc xin" (Hưng Yên / Sơn La),
 *   "phòng, chống"/"phòng chống" (Thanh Hóa writes both), "Nhân dân"/"người dân", "UBND"/"Ủy ban
 *   nhân dân", "tăng cường"/"đẩy mạnh", "kịp thời"/"khẩn trương".
 * - Reordering the parts of a clause joined by ";" (the order of sub-instructions is free).
 * - Dropping one part, or inserting one taken from another seed clause: a province keeps some of a
 *   model text's instructions and adds its own.
 * - INSERTS: qualifiers a province adds without changing the instruction ("trên địa bàn tỉnh").
 */
import type { Random } from './prng.ts';

/** Pairs of interchangeable wordings; either side may replace the other. */
export const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['bảo đảm', 'đảm bảo'],
  ['vắc-xin', 'vắc xin'],
  ['phòng, chống', 'phòng chống'],
  ['Nhân dân', 'người dân'],
  ['Ủy ban nhân dân', 'UBND'],
  ['tăng cường', 'đẩy mạnh'],
  ['kịp thời', 'khẩn trương'],
  ['nghiêm túc', 'nghiêm'],
  ['Covid-19', 'COVID-19'],
  ['các cấp, các ngành', 'các sở, ban, ngành'],
  ['tuyệt đối không', 'không được'],
];

/** Qualifiers inserted before a part's final punctuation. */
export const INSERTS: readonly string[] = [
  'trên địa bàn tỉnh',
  'theo đúng quy định',
  'một cách quyết liệt',
  'trong tình hình mới',
  'ngay từ cơ sở',
  'theo hướng dẫn của Bộ Y tế',
];

export interface VariationRates {
  /** Chance that each synonym occurrence is swapped. */
  synonym: number;
  reorder: number;
  drop: number;
  /** Chance of adding a part from another clause. */
  borrow: number;
  insert: number;
}

export const DEFAULT_RATES: VariationRates = { synonym: 0.35, reorder: 0.25, drop: 0.25, borrow: 0.2, insert: 0.3 };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SYNONYM_PATTERNS = SYNONYMS.map(
  ([a, b]) => [new RegExp(`(?<![\\p{L}\\p{M}])(?:${escape(a)}|${escape(b)})(?![\\p{L}\\p{M}])`, 'gu'), a, b] as const,
);

export function swapSynonyms(text: string, random: Random, rate: number): string {
  let out = text;
  for (const [pattern, a, b] of SYNONYM_PATTERNS) {
    out = out.replace(pattern, (found) => (random.chance(rate) ? (found === a ? b : a) : found));
  }
  return out;
}

/** A clause's parts: the stretches between ";" (kept without the separator). */
export function splitParts(text: string): string[] {
  return text
    .split(/;\s*/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Joins parts back into one clause, ending with a full stop. */
export function joinParts(parts: readonly string[]): string {
  const body = parts.map((p) => p.replace(/[.;:,\s]+$/u, '')).join('; ');
  return body.length > 0 ? `${body.charAt(0).toUpperCase()}${body.slice(1)}.` : body;
}

/** One varied wording of `text`; one part of `borrowed` (another seed clause) may be recombined into it. */
export function varyClause(text: string, random: Random, borrowed: string | null, rates = DEFAULT_RATES): string {
  let parts = splitParts(swapSynonyms(text, random, rates.synonym));
  if (parts.length > 2 && random.chance(rates.reorder)) parts = [parts[0]!, ...random.shuffle(parts.slice(1))];
  if (parts.length > 2 && random.chance(rates.drop)) parts.splice(random.int(1, parts.length - 1), 1);
  const donorParts = borrowed ? splitParts(borrowed) : [];
  if (donorParts.length > 0 && random.chance(rates.borrow))
    parts.splice(random.int(1, parts.length), 0, lowerFirst(random.pick(donorParts)));
  if (parts.length > 0 && random.chance(rates.insert)) {
    const at = random.int(0, parts.length - 1);
    parts[at] = `${parts[at]!.replace(/[.,\s]+$/u, '')} ${random.pick(INSERTS)}`;
  }
  return joinParts(parts);
}

function lowerFirst(s: string): string {
  const first = s.charAt(0);
  // An acronym or a proper name keeps its capital ("UBND", "Ban Tuyên giáo").
  return /^\p{Lu}\p{Ll}/u.test(s) && !/^(?:Ban|Sở|Ủy|Bộ|Công an|Mặt trận)(?!\p{L})/u.test(s)
    ? first.toLowerCase() + s.slice(1)
    : s;
}
