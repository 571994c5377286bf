/**
 * Phrases shared by two or more provinces: runs of SHARED_PHRASE_SYLLABLES or more syllables that
 * occur (folded) in the clauses of at least two provinces in the same view. Wording copied from a
 * central document or from another province stands out this way: "huy động cả hệ thống chính
 * trị, tạo sự đồng thuận trong Nhân dân, triển khai đồng bộ các giải pháp phòng, chống dịch" is
 * word for word in Thanh Hóa's item 2 and Sơn La's item 2.
 * Six syllables: five still catch stock phrases every clause has ("công tác phòng chống dịch").
 */
import type { DiffText } from './diff-text.ts';

export const SHARED_PHRASE_SYLLABLES = 6;

export interface PhraseSource {
  /** Clauses of one province count once, however many columns they fill. */
  province: string;
  text: DiffText;
}

/** For each source, which of its units lie inside a phrase that another province also uses. */
export function sharedPhraseMasks(sources: readonly PhraseSource[], n = SHARED_PHRASE_SYLLABLES): boolean[][] {
  const provincesByGram = new Map<string, Set<string>>();
  const grams = sources.map((source) => {
    const keys = source.text.units.map((u) => u.key);
    const list: string[] = [];
    for (let i = 0; i + n <= keys.length; i++) list.push(keys.slice(i, i + n).join(' '));
    for (const gram of list) {
      const provinces = provincesByGram.get(gram) ?? new Set<string>();
      provinces.add(source.province);
      provincesByGram.set(gram, provinces);
    }
    return list;
  });
  return sources.map((source, s) => {
    const mask: boolean[] = Array.from({ length: source.text.units.length }, () => false);
    grams[s]!.forEach((gram, i) => {
      if ((provincesByGram.get(gram)?.size ?? 0) < 2) return;
      for (let k = i; k < i + n; k++) mask[k] = true;
    });
    return mask;
  });
}
