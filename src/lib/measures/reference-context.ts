/**
 * Does a clause APPLY the central document it names, or only cite, lift or look back on it? Only
 * an application implies the document's measures. The reading itself is the project's one
 * classifier of how a text uses a document it names (periods/reference-use.ts), shared with the
 * directive's citations and relations; here it is only mapped:
 *   implements, extends ("tiếp tục thực hiện … theo Chỉ thị 16")           → applies
 *   implements read from a framing opening ("Thực hiện … Nghị quyết 128, tỉnh đã …") → cites
 *   lifts, replaces, not-applied ("kết thúc", "thay thế", "sau", "đã phải")  → lifts
 *   cites, amends                                                          → cites
 * A level of Nghị quyết 128 applies by default ("xã ở cấp độ 3"): an area at a level is under that
 * level's measures.
 */
import { classifyReferences, type ReferenceUse as Use } from '../periods/reference-use.ts';
import type { CentralReference } from './central-references.ts';
import type { Word } from './word-stream.ts';

export type ReferenceUse = 'applies' | 'cites' | 'lifts';

export function referenceUses(text: string, words: readonly Word[], refs: readonly CentralReference[]): ReferenceUse[] {
  const uses = classifyReferences(
    text,
    words,
    refs.map((ref) => ({ first: ref.first, last: ref.last, level: ref.level !== null })),
  );
  return uses.map(asMeasureUse);
}

function asMeasureUse(use: Use): ReferenceUse {
  switch (use.kind) {
    case 'implements':
      return use.framed ? 'cites' : 'applies';
    case 'extends':
      return 'applies';
    case 'lifts':
    case 'replaces':
    case 'not-applied':
      return 'lifts';
    case 'cites':
    case 'amends':
      return 'cites';
  }
}
