/**
 * Measures a clause orders by applying a central document ("áp dụng giãn cách xã hội theo Chỉ thị
 * 16/CT-TTg", "thực hiện cấp độ 3 theo Nghị quyết 128"): each comes with the document it is implied
 * by and where the clause names it, kept apart from cue matches so the page can say "theo
 * 16/CT-TTg". A level of a document stands for the document: "cấp độ 3 theo Nghị quyết 128" implies
 * level 3's set only, by "128/NQ-CP cấp 3".
 *
 * Applied to named areas ("đối với thành phố Nha Trang, huyện Vạn Ninh: tiếp tục thực hiện giãn
 * cách xã hội theo Chỉ thị 16", "trên phạm vi toàn tỉnh", or two regimes for two sets of areas in
 * one clause), a document also brings its `byArea` measures: the clause classes areas by regime.
 */
import { listCentralDocuments, type CentralDocument } from './central-documents.ts';
import { findCentralReferences } from './central-references.ts';
import { referenceUses } from './reference-context.ts';
import type { ImpliedHit } from './schema.ts';
import type { Word } from './word-stream.ts';
import { AREA_SCOPE } from './area-scope.ts';

export function impliedMeasures(
  text: string,
  words: readonly Word[],
  documents: readonly CentralDocument[] = listCentralDocuments(),
): ImpliedHit[] {
  const refs = findCentralReferences(text, words, documents);
  const uses = referenceUses(text, words, refs);
  const applied = refs.filter((_, i) => uses[i] === 'applies');
  const leveled = new Set(applied.filter((ref) => ref.level !== null).map((ref) => ref.document));
  const hits: ImpliedHit[] = [];
  const seen = new Set<string>();
  for (const ref of applied) {
    if (ref.level === null && leveled.has(ref.document)) continue;
    const level = ref.level === null ? undefined : ref.document.levels.find((l) => l.level === ref.level);
    const by = level ? `${ref.document.code} cấp ${level.level}` : ref.document.code;
    for (const measure of level?.measures ?? ref.document.measures) {
      if (seen.has(`${measure}|${by}`)) continue;
      seen.add(`${measure}|${by}`);
      hits.push({ measure, by, start: words[ref.first]!.start, end: words[ref.last]!.end });
    }
  }
  const scoped = applied.filter((ref) => ref.document.byArea.length > 0);
  if (scoped.length > 0 && (new Set(scoped.map((ref) => ref.document)).size > 1 || AREA_SCOPE.test(text))) {
    for (const ref of scoped) {
      for (const measure of ref.document.byArea) {
        if (seen.has(`${measure}|${ref.document.code}`)) continue;
        seen.add(`${measure}|${ref.document.code}`);
        hits.push({ measure, by: ref.document.code, start: words[ref.first]!.start, end: words[ref.last]!.end });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
