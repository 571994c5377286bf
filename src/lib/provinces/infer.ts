/**
 * inferProvince: the province a body text belongs to, when its mentions point at one clearly.
 *
 * A directive names its own province far more than any other: the dateline, "trên địa bàn tỉnh
 * X", its own newspaper ("Báo Thanh Hóa"), its districts. Other provinces come up as the origin
 * of cases ("thành phố Hồ Chí Minh và 18 tỉnh, thành phố phía Nam" in the Thanh Hóa seed), a few
 * times at most. So mentions are weighed and summed per province, and the best is returned only
 * when it leads the next by a clear margin.
 */
import { findProvinceMentions } from './mentions.ts';
import type { ProvinceInference, ProvinceMention } from './types.ts';

/** The dateline names the place of issue: worth two ordinary mentions. */
export const PLACE_LINE_WEIGHT = 6;
/** A province named outright, bare or after "tỉnh". */
export const PROVINCE_WEIGHT = 3;
/** A district of the province; divided among the provinces that share its name. */
export const DISTRICT_WEIGHT = 2;
/** Below this nothing is inferred: one unambiguous district suffices, one shared name does not. */
export const MIN_SCORE = 2;
/** The winner must score at least this many times the runner-up. */
export const CLEAR_LEAD = 2;

export function mentionWeight(m: ProvinceMention): number {
  if (m.form === 'place-line') return PLACE_LINE_WEIGHT;
  if (m.kind === 'province') return PROVINCE_WEIGHT;
  return DISTRICT_WEIGHT / m.candidates;
}

/**
 * Which way the words before a mention point. People and cases come FROM elsewhere ("công dân trở
 * về từ tỉnh Bình Dương", "đến từ"); orders apply ON the document's own ground ("trên địa bàn tỉnh
 * X", "toàn tỉnh X", "đến tỉnh X", "vào địa bàn").
 */
const ORIGIN = /(?<![\p{L}])(?:từ|qua)\s+(?:các\s+)?$/u;
const OWN_GROUND = /(?<![\p{L}])(?:địa bàn|toàn|đến|vào|về)\s+$/u;
export const ORIGIN_FACTOR = 0.5;
export const OWN_GROUND_FACTOR = 1.5;
/** A province named and one of its districts named too: the place the text is about, not an origin. */
export const DISTRICT_CORROBORATION = 2;

/** What stands between two places of one list: ", ", " và ", "; tỉnh ". */
const LIST_GAP = /^\s*(?:,|và|hoặc|;)?\s*(?:các\s+)?(?:tỉnh|thành phố|TP\.?)?\s*$/u;

function directionFactor(text: string, m: ProvinceMention): number {
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  if (ORIGIN.test(before)) return ORIGIN_FACTOR;
  if (OWN_GROUND.test(before)) return OWN_GROUND_FACTOR;
  return 1;
}

/** Every province mentioned in `text`, best first, with its score and its mentions. */
export function rankProvinces(text: string): ProvinceInference[] {
  const byProvince = new Map<string, ProvinceInference>();
  let previous: { end: number; factor: number } | null = null;
  for (const m of findProvinceMentions(text)) {
    const entry = byProvince.get(m.provinceId) ?? { provinceId: m.provinceId, score: 0, evidence: [] };
    // A list shares the direction of its head: "về từ Bắc Giang và Bắc Ninh" — both are origins.
    const listed: boolean = previous !== null && LIST_GAP.test(text.slice(previous.end, m.start));
    const factor: number = m.form === 'place-line' ? 1 : listed ? previous!.factor : directionFactor(text, m);
    previous = { end: m.end, factor };
    entry.score += mentionWeight(m) * factor;
    entry.evidence.push(m);
    byProvince.set(m.provinceId, entry);
  }
  for (const entry of byProvince.values()) {
    const named = entry.evidence.some((m) => m.kind === 'province');
    const district = entry.evidence.some((m) => m.kind !== 'province' && m.candidates === 1);
    if (named && district) entry.score += DISTRICT_CORROBORATION;
  }
  return [...byProvince.values()].sort((a, b) => b.score - a.score || a.provinceId.localeCompare(b.provinceId));
}

/**
 * The province `text` most likely belongs to, or undefined when no province clearly wins.
 * `text` should already have been through normalizeText.
 */
export function inferProvince(text: string): ProvinceInference | undefined {
  const [best, second] = rankProvinces(text);
  if (!best || best.score < MIN_SCORE) return undefined;
  if (second && best.score < CLEAR_LEAD * second.score) return undefined;
  return best;
}
