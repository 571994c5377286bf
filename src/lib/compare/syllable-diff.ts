/**
 * Word-level differences between a base clause and another, on syllables (jsdiff's diffArrays on
 * folded keys), typed for display:
 * - equal keys, equal spelling and punctuation → `same`;
 * - equal keys, but a diacritic, a capital or the punctuation after differs ("vắc-xin"/"vắc xin",
 *   "phòng, chống"/"phòng chống", "Nhân dân"/"nhân dân") → `minor`, with the base's spelling;
 * - otherwise `removed` (only in the base) then `added` (only in the other clause).
 * Two clean-ups make the result readable (diff-match-patch calls the second "semantic cleanup"):
 * - a coincidence is not a match: folding makes "bộ" (đồng bộ) equal to "bố" (bố trí) and "tắc"
 *   (nguyên tắc) equal to "tác" (công tác); see cleanUp;
 * - a short common run between two larger changes ("các", "công tác" inside rewritten sentences)
 *   is folded into the change around it, so a rewritten passage reads as one replacement.
 * Every diff runs with a timeout and a maximum edit length: two long unrelated clauses give up and
 * show as all removed and all added instead of stalling the page.
 */
import { diffArrays } from 'diff';
import type { DiffText, DiffUnit } from './diff-text.ts';
import type { DiffSegment, SegmentKind } from './types.ts';

export const DIFF_TIMEOUT_MS = 200;
/** Edits (syllables added plus removed) beyond which two clauses are not worth aligning word by word. */
export const MAX_EDIT_LENGTH = 1500;
/** A common run of at most this many syllables between two larger changes joins them. */
export const SHORT_COMMON_RUN = 2;

/** Which units are inside a shared phrase (shared-phrases.ts), for the base and the other text. */
export interface SharedMasks {
  base: readonly boolean[];
  other: readonly boolean[];
}

/** Units [b, b + baseCount) of the base against [o, o + otherCount) of the other text. */
interface Block {
  equal: boolean;
  b: number;
  o: number;
  baseCount: number;
  otherCount: number;
}

export function diffSegments(base: DiffText, other: DiffText, shared?: SharedMasks): DiffSegment[] {
  const blocks = cleanUp(toBlocks(base, other), base, other);
  const pieces: Piece[] = [];
  const add = (kind: SegmentKind, unit: DiffUnit, isShared: boolean, baseUnit?: DiffUnit) =>
    pieces.push({ kind, text: unit.display, shared: isShared, ...(baseUnit && { base: baseUnit.display }) });
  for (const block of blocks) {
    if (!block.equal) {
      for (let i = block.b; i < block.b + block.baseCount; i++)
        add('removed', base.units[i]!, shared?.base[i] ?? false);
      for (let i = block.o; i < block.o + block.otherCount; i++)
        add('added', other.units[i]!, shared?.other[i] ?? false);
      continue;
    }
    for (let k = 0; k < block.baseCount; k++) {
      const theirs = base.units[block.b + k]!;
      const mine = other.units[block.o + k]!;
      const alike = mine.word === theirs.word && mine.punct === theirs.punct;
      add(alike ? 'same' : 'minor', mine, shared?.other[block.o + k] ?? false, alike ? undefined : theirs);
    }
  }
  return merge(pieces);
}

function toBlocks(base: DiffText, other: DiffText): Block[] {
  const changes = diffArrays(
    base.units.map((u) => u.key),
    other.units.map((u) => u.key),
    { timeout: DIFF_TIMEOUT_MS, maxEditLength: MAX_EDIT_LENGTH },
  );
  if (!changes) return [{ equal: false, b: 0, o: 0, baseCount: base.units.length, otherCount: other.units.length }];
  const blocks: Block[] = [];
  let b = 0;
  let o = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed || change.added) {
      const last = blocks.at(-1);
      const edit = last && !last.equal ? last : { equal: false, b, o, baseCount: 0, otherCount: 0 };
      if (edit !== last) blocks.push(edit);
      if (change.removed) edit.baseCount += count;
      else edit.otherCount += count;
    } else {
      blocks.push({ equal: true, b, o, baseCount: count, otherCount: count });
    }
    if (!change.added) b += count;
    if (!change.removed) o += count;
  }
  return blocks;
}

/**
 * Turns coincidences and short runs between larger changes into changes, merging neighbours.
 * A coincidence sits at the edge of a common run, next to a change: "nguyên tắc phòng, chống dịch"
 * against "công tác phòng, chống dịch" has the common run "tắc/tác phòng chống dịch", whose first
 * syllable only folds alike. Such edge syllables, differing in their letters and not only in case,
 * are peeled off into the change beside them. A run with no change beside it (a text typed without
 * marks against the same text with them) keeps its minor differences.
 */
function cleanUp(blocks: readonly Block[], base: DiffText, other: DiffText): Block[] {
  const peeled = blocks.flatMap((block, i) =>
    block.equal ? peel(block, blocks[i - 1], blocks[i + 1], base, other) : [block],
  );
  const edits = (block: Block | undefined) => (block && !block.equal ? block.baseCount + block.otherCount : 0);
  const out: Block[] = [];
  peeled.forEach((block, i) => {
    const buried =
      block.equal &&
      block.baseCount <= SHORT_COMMON_RUN &&
      edits(peeled[i - 1]) >= 2 * block.baseCount &&
      edits(peeled[i + 1]) >= 2 * block.baseCount;
    const asEdit: Block = buried ? { ...block, equal: false } : block;
    const last = out.at(-1);
    if (last && !last.equal && !asEdit.equal) {
      last.baseCount += asEdit.baseCount;
      last.otherCount += asEdit.otherCount;
    } else out.push({ ...asEdit });
  });
  return out;
}

/** The equal block without its coincidental edge syllables, which become changes of their own. */
function peel(
  block: Block,
  before: Block | undefined,
  after: Block | undefined,
  base: DiffText,
  other: DiffText,
): Block[] {
  const differs = (k: number) =>
    base.units[block.b + k]!.word.toLowerCase() !== other.units[block.o + k]!.word.toLowerCase();
  let head = 0;
  let tail = block.baseCount;
  if (before && !before.equal) while (head < tail && differs(head)) head++;
  if (after && !after.equal) while (tail > head && differs(tail - 1)) tail--;
  if (head === 0 && tail === block.baseCount) return [block];
  const edit = (from: number, to: number): Block => ({
    equal: false,
    b: block.b + from,
    o: block.o + from,
    baseCount: to - from,
    otherCount: to - from,
  });
  const parts: Block[] = [];
  if (head > 0) parts.push(edit(0, head));
  if (tail > head)
    parts.push({ equal: true, b: block.b + head, o: block.o + head, baseCount: tail - head, otherCount: tail - head });
  if (tail < block.baseCount) parts.push(edit(Math.max(head, tail), block.baseCount));
  return parts;
}

interface Piece {
  kind: SegmentKind;
  text: string;
  shared: boolean;
  base?: string;
}

/** Adjacent pieces of one kind (and one shared state) become one segment. */
function merge(pieces: readonly Piece[]): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const piece of pieces) {
    const last = segments.at(-1);
    if (last && last.kind === piece.kind && (last.shared ?? false) === piece.shared) {
      last.text += piece.text;
      if (piece.base !== undefined) last.base = (last.base ?? '') + piece.base;
      continue;
    }
    segments.push({
      kind: piece.kind,
      text: piece.text,
      ...(piece.shared && { shared: true }),
      ...(piece.base !== undefined && { base: piece.base }),
    });
  }
  return segments;
}

/** A text against itself: one `same` run per shared / not shared stretch (the base column). */
export function sameSegments(text: DiffText, shared?: readonly boolean[]): DiffSegment[] {
  return merge(text.units.map((u, i) => ({ kind: 'same' as const, text: u.display, shared: shared?.[i] ?? false })));
}
