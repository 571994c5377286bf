/**
 * A distancing regime put in force for named areas classes areas by regime, which is zoning
 * (lockdown-zoning: "classifying areas by risk … and the measures each carries"):
 *
 *   "đối với thành phố Nha Trang, huyện Vạn Ninh: tiếp tục thực hiện giãn cách xã hội …"
 *   "áp dụng giãn cách xã hội tại thị trấn …", "giãn cách xã hội trên phạm vi toàn tỉnh"
 *
 * "trên địa bàn tỉnh" alone is where every order of a province applies, not a choice of areas, and
 * "giãn cách giữa các bàn" (seats kept apart) is no regime. The regime named by its directive
 * ("theo Chỉ thị 16") is read in implied-measures.ts; the regime named in words is read here.
 */
import type { CueHit } from './schema.ts';

export const AREA_SCOPE = new RegExp(
  String.raw`(?:(?:đối với|tại|áp dụng cho)\s+(?:các\s+|\d+\s+)?(?:thành phố|thị xã|thị trấn|huyện|quận|xã|phường|khu vực|khu phố|thôn|ấp|vùng)(?!\p{L}))|phạm vi toàn (?:tỉnh|thành phố)`,
  'iu',
);

/** Distancing as a regime for an area: social distancing, whole-society isolation. */
const REGIME = /(?:giãn cách|cách ly)\s+(?:toàn\s+)?xã hội/iu;

/** The cue phrase a zoning-by-area hit reports (it is read from two phrases, not one). */
export const AREA_REGIME_CUE = 'giãn cách xã hội theo địa bàn';

/** A regime ended or eased for an area ("kết thúc giãn cách xã hội đối với thị xã …") zones nothing. */
const LIFTED = new RegExp(
  String.raw`(?:kết thúc|dừng|ngừng|thôi|chấm dứt|nới lỏng|bãi bỏ|dỡ bỏ|gỡ bỏ|không áp dụng|chưa áp dụng)[^.;:]{0,40}?` +
    REGIME.source,
  'iu',
);

/** A lockdown-zoning hit on the words that scope a distancing regime to areas, or none. */
export function areaRegimeHit(text: string): CueHit | null {
  if (!REGIME.test(text) || LIFTED.test(text)) return null;
  const scope = AREA_SCOPE.exec(text);
  return scope
    ? { measure: 'lockdown-zoning', cue: AREA_REGIME_CUE, start: scope.index, end: scope.index + scope[0].length }
    : null;
}
