/**
 * Phạm vi: where a period applies, when the sentence stating it names districts or communes
 * ("áp dụng Chỉ thị 16/CT-TTg đối với thị trấn Hòa Bình, huyện Hòa Bình"). Null means the whole
 * province: a sentence that says "toàn tỉnh" or names no place, and any place after "trừ" (an
 * exception: "trên địa bàn tỉnh (trừ huyện Côn Đảo)" is the province, not Côn Đảo).
 * Districts are those of the directive's province (provinces/); a commune is "xã / phường / thị
 * trấn" and a capitalised name or a number ("Phường 1", "xã Vĩnh Bình"): there is no commune list.
 */
import { findProvinceMentions } from '../provinces/index.ts';
import type { Field } from '../directive/schema.ts';
import { spanIn, type TextPiece } from './units.ts';

const WHOLE_PROVINCE = /toàn\s+(?:tỉnh|thành\s+phố)|phạm\s+vi\s+toàn/iu;
/** "trừ …" up to its closing bracket, or to the end of the sentence. */
const EXCEPTION = /(?<![\p{L}])(?:ngoại\s+)?trừ(?![\p{L}])[^)]*\)?/giu;
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}|\d{1,2}(?![\d/]))`;
/** "xã Vĩnh Bình", "Phường 1", and the names listed after one unit word: "các xã Xuân Hội, Xuân Phổ và Xuân Hải". */
const COMMUNE = new RegExp(
  String.raw`(?<![\p{L}])(?<unit>xã|phường|thị\s+trấn|Phường|Xã|Thị\s+trấn)\s+(?<names>${NAME}(?:\s*(?:,|và)\s*${NAME})*)`,
  'gu',
);

export function scopeOf(sentence: TextPiece, provinceId: string | null): Field<string[]> | null {
  if (WHOLE_PROVINCE.test(sentence.text)) return null;
  // Blank the exceptions, offsets unchanged.
  const text = sentence.text.replace(EXCEPTION, (m) => ' '.repeat(m.length));
  const places: Array<{ phrase: string; start: number; end: number }> = [];
  if (provinceId) {
    for (const m of findProvinceMentions(text)) {
      if (m.kind === 'district' && m.provinceId === provinceId && m.form !== 'bare') places.push(m);
    }
  }
  for (const m of text.matchAll(COMMUNE)) {
    const unit = m.groups!['unit']!.toLowerCase();
    const names = m.groups!['names']!.split(/\s*(?:,|(?<![\p{L}])và(?![\p{L}]))\s*/u).filter((n) => n !== '');
    const phrase = names.map((n) => `${unit} ${n}`).join('|');
    places.push({ phrase, start: m.index, end: m.index + m[0].length });
  }
  if (places.length === 0) return null;
  places.sort((a, b) => a.start - b.start);
  const kept = places.filter(
    (p, i) =>
      !places.some(
        (q, j) => j !== i && q.start <= p.start && p.end <= q.end && (q.end - q.start > p.end - p.start || j < i),
      ),
  );
  const value = [...new Set(kept.flatMap((p) => p.phrase.split('|')).map((p) => p.replace(/\s+/gu, ' ').trim()))];
  const first = kept[0]!;
  const last = kept.at(-1)!;
  return { provenance: 'extracted', value, span: spanIn(sentence, first.start, last.end - first.start) };
}
