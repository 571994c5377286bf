/**
 * The view builders take a corpus in whichever form the caller has: the parsed directives (CLI,
 * build time), the comparable JSON the page embeds (the island), or an index already built. An
 * index is built once per corpus array and remembered while the array lives.
 */
import type { Directive } from '../directive/schema.ts';
import { AlignmentIndex } from './alignment-index.ts';
import { toComparable, type ComparableDirective } from './comparable.ts';

export type CorpusInput = AlignmentIndex | readonly ComparableDirective[] | readonly Directive[];

const built = new WeakMap<object, AlignmentIndex>();

export function indexOf(corpus: CorpusInput): AlignmentIndex {
  if (corpus instanceof AlignmentIndex) return corpus;
  let index = built.get(corpus);
  if (!index) {
    index = new AlignmentIndex(corpus.map((d) => (isDirective(d) ? toComparable(d) : d)));
    built.set(corpus, index);
  }
  return index;
}

function isDirective(d: ComparableDirective | Directive): d is Directive {
  return typeof (d as Directive).text === 'object';
}

/** Thrown for an id the corpus does not have (the CLI prints the message). */
export class ComparisonInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComparisonInputError';
  }
}
