/**
 * Measures a clause orders by applying a central document ("áp dụng giãn cách xã hội theo Chỉ thị
 * 16/CT-TTg", "thực hiện cấp độ 3 theo Nghị quyết 128"): each comes with the document it is implied
 * by and where the clause names it, kept apart from cue matches so the page can say "theo
 * 16/CT-TTg". A level of a document stands for the document: "cấp độ 3 theo Nghị quyết 128" implies
 * level 3's set only, by "128/NQ-CP cấp 3".
 */
import { listCentralDocuments, type CentralDocument } from './central-documents.ts';
import { findCentralReferences } from './central-references.ts';
import { referenceUses } from './reference-context.ts';
import type { ImpliedHit } from './schema.ts';
import type { Word } from './word-stream.ts';

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
  return hits;
}
