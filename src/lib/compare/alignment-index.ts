/**
 * The alignment index: every clause of a corpus as a weighted feature vector, cut into passages
 * (passages.ts), with an inverted index from feature to passages so that finding the clauses close
 * to one clause touches only the passages that share a distinctive feature with it, never the whole
 * corpus (candidate generation is linear in the postings read, not quadratic in the corpus).
 *
 * Weights are inverse passage frequencies: "phòng chống dịch", in nearly every passage, weighs
 * almost nothing; "khẩu trang" or "4 tại chỗ" weigh a lot. Vectors are binary (a feature is there
 * or not) and similarity is the cosine of the idf-weighted sets.
 *
 * Browser-safe: the /so-sanh island builds a small one from the few directives a view fetches, weighed
 * with the whole corpus's frequencies (CorpusFrequencies), so that its scores are the full index's.
 */
import { keyedSyllables } from '../text/index.ts';
import type { ComparableClause, ComparableDirective } from './comparable.ts';
import { IdArena } from './id-arena.ts';
import { splitPassages, type PassageRange } from './passages.ts';
import { featureIds, featureRow, Vocabulary, type FeatureRow } from './vocabulary.ts';

/** A child clause this short is read with its parent's lead-in ("Giao Công an tỉnh: …"). */
export const SHORT_CLAUSE_SYLLABLES = 12;
/** A clause with children and at most this many syllables, or ending in ":", only introduces them. */
export const HEADING_MAX_SYLLABLES = 12;

/**
 * How often each feature occurs in a whole corpus, for an index that holds only part of it (the
 * browser's: a few directives fetched for one view). With it, a feature weighs what it weighs in the
 * whole corpus, so scores and labels are those the full index gives; without it, the index weighs
 * features by its own passages.
 */
export interface CorpusFrequencies {
  /** Passages in the whole corpus. */
  units: number;
  /** Passages holding the feature (its key: vocabulary.ts `keys`); 0 when unknown. */
  df(key: string): number;
}

export interface SparseVector {
  ids: Int32Array;
  norm: number;
}

export interface IndexedPassage {
  clause: number;
  /** UTF-16 offsets in the clause's text. */
  start: number;
  end: number;
  vector: SparseVector;
}

export interface IndexedClause {
  directive: number;
  clause: ComparableClause;
  /** A lead-in with no instruction of its own ("Ủy ban nhân dân tỉnh chỉ đạo:"): never a match. */
  heading: boolean;
  syllables: number;
  vector: SparseVector;
  /** Indexes into `passages`. */
  passages: number[];
}

export class AlignmentIndex {
  readonly directives: readonly ComparableDirective[];
  readonly clauses: IndexedClause[] = [];
  readonly passages: IndexedPassage[] = [];
  readonly vocabulary = new Vocabulary();
  /** Squared idf of each feature: the weight of a shared feature in a dot product. */
  weight2 = new Float64Array(0);
  /** Passages by feature, as compressed rows: postings of f are data[offsets[f] .. offsets[f+1]). */
  #offsets = new Int32Array(0);
  #postings = new Int32Array(0);
  readonly #clauseIndex = new Map<string, number>();
  /** Holds every clause's and passage's ids (a query's own vectors are plain arrays). */
  readonly #arena = new IdArena();

  readonly #frequencies: CorpusFrequencies | undefined;

  constructor(directives: readonly ComparableDirective[], frequencies?: CorpusFrequencies) {
    this.directives = directives;
    this.#frequencies = frequencies;
    directives.forEach((directive, d) => directive.clauses.forEach((clause) => this.#add(d, clause)));
    this.#weigh();
    this.#invert();
  }

  /** The indexed clause for directive id and clause id, or undefined. */
  find(directiveId: string, clauseId: string): number | undefined {
    return this.#clauseIndex.get(`${directiveId}#${clauseId}`);
  }

  postings(feature: number): Int32Array {
    return this.#postings.subarray(this.#offsets[feature]!, this.#offsets[feature + 1]!);
  }

  /** A vector for a text that is not in the index (a draft, a section): unknown features dropped. */
  vectorize(text: string, leadIn: string | null = null): { vector: SparseVector; passages: SparseVector[] } {
    const parsed = readClause(text, leadIn);
    const row = featureRow(parsed.keys, this.vocabulary, false);
    const vector = this.#vector(
      featureIds(row, 0, parsed.keys.length),
      this.#unseen(parsed.keys, 0, parsed.keys.length),
    );
    const passages = parsed.ranges.map((range) => {
      const from = range.from === 0 ? 0 : range.from + parsed.offset;
      return this.#vector(passageIds(parsed, row, range), this.#unseen(parsed.keys, from, range.to + parsed.offset));
    });
    return { vector, passages };
  }

  /**
   * The squared weight of a text's features that the whole corpus has but this (partial) index does
   * not: they cannot match anything here, but they belong to the text's norm, as in the full index.
   */
  #unseen(keys: readonly string[], from: number, to: number): number {
    const whole = this.#frequencies;
    if (!whole) return 0;
    const units = Math.max(1, whole.units);
    const seen = new Set<string>();
    let sum = 0;
    const add = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      const df = whole.df(key);
      if (df > 0) sum += Math.log(1 + units / df) ** 2;
    };
    for (let i = from; i < to; i++) {
      const first = this.vocabulary.syllable(keys[i]!, false);
      if (first < 0) add(keys[i]!);
      if (i + 1 < to && this.vocabulary.bigram(first, this.vocabulary.syllable(keys[i + 1]!, false), false) < 0)
        add(`${keys[i]!} ${keys[i + 1]!}`);
    }
    return sum;
  }

  #add(directive: number, clause: ComparableClause): void {
    const parsed = readClause(clause.text, clause.leadIn);
    const heading = clause.hasChildren && (parsed.own <= HEADING_MAX_SYLLABLES || /:\s*$/u.test(clause.text));
    const index = this.clauses.length;
    this.#clauseIndex.set(`${this.directives[directive]!.id}#${clause.id}`, index);
    const passages: number[] = [];
    const row = featureRow(parsed.keys, this.vocabulary, !heading);
    if (!heading) {
      for (const range of parsed.ranges) {
        const ids = passageIds(parsed, row, range, this.#arena);
        for (const id of ids) this.vocabulary.df[id]!++;
        passages.push(this.passages.length);
        this.passages.push({ clause: index, start: range.start, end: range.end, vector: { ids, norm: 0 } });
      }
    }
    // A clause of one passage has exactly that passage's features (its lead-in included): most
    // clauses are one passage, and sharing the vector saves a third of the index's ids.
    const only = passages.length === 1 && parsed.ranges.length === 1 ? this.passages[passages[0]!]! : null;
    const vector = only?.vector ?? { ids: featureIds(row, 0, parsed.keys.length, this.#arena), norm: 0 };
    this.clauses.push({ directive, clause, heading, syllables: parsed.own, vector, passages });
  }

  #weigh(): void {
    const whole = this.#frequencies;
    const units = Math.max(1, whole?.units ?? this.passages.length);
    const keys = whole ? this.vocabulary.keys() : [];
    // ln(1 + N/df): a feature in every passage still weighs a little (ln 2), a rare one a lot.
    // With the whole corpus's frequencies, a feature they do not know occurs at most once there.
    this.weight2 = Float64Array.from(this.vocabulary.df, (df, id) => {
      const n = whole ? Math.max(df, whole.df(keys[id]!)) : df;
      return Math.log(1 + units / Math.max(1, n)) ** 2;
    });
    for (const passage of this.passages) passage.vector.norm = this.#norm(passage.vector.ids);
    for (const clause of this.clauses) clause.vector.norm = this.#norm(clause.vector.ids);
  }

  #invert(): void {
    const counts = new Int32Array(this.vocabulary.size + 1);
    for (const passage of this.passages) for (const id of passage.vector.ids) counts[id + 1]!++;
    for (let f = 0; f < this.vocabulary.size; f++) counts[f + 1]! += counts[f]!;
    this.#offsets = counts.slice();
    const fill = counts.slice();
    this.#postings = new Int32Array(counts[this.vocabulary.size]!);
    this.passages.forEach((passage, p) => {
      for (const id of passage.vector.ids) this.#postings[fill[id]!++] = p;
    });
  }

  #vector(ids: Int32Array, unseen = 0): SparseVector {
    return { ids, norm: Math.sqrt(this.#norm(ids) ** 2 + unseen) };
  }

  #norm(ids: Int32Array): number {
    let sum = 0;
    for (const id of ids) sum += this.weight2[id] ?? 0;
    return Math.sqrt(sum);
  }
}

interface ParsedClause {
  /** Lead-in keys (when used) then the clause's keys. */
  keys: string[];
  /** How many lead-in keys come first. */
  offset: number;
  /** Syllables of the clause itself. */
  own: number;
  ranges: PassageRange[];
}

function readClause(text: string, leadIn: string | null): ParsedClause {
  const syllables = keyedSyllables(text);
  const keys = syllables.map((s) => s.key);
  const ranges = splitPassages(text, syllables);
  if (leadIn && syllables.length < SHORT_CLAUSE_SYLLABLES) {
    const lead = keyedSyllables(leadIn).map((s) => s.key);
    return { keys: [...lead, ...keys], offset: lead.length, own: syllables.length, ranges };
  }
  return { keys, offset: 0, own: syllables.length, ranges };
}

/** A passage's features; the lead-in's syllables (when used) belong to the first passage. */
function passageIds(parsed: ParsedClause, row: FeatureRow, range: PassageRange, arena?: IdArena): Int32Array {
  const from = range.from === 0 ? 0 : range.from + parsed.offset;
  return featureIds(row, from, range.to + parsed.offset, arena);
}

/** Cosine of two idf-weighted binary vectors (sorted ids): a merge, linear in their lengths. */
export function cosine(a: SparseVector, b: SparseVector, weight2: Float64Array): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      dot += weight2[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}
