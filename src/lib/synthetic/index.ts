/** Synthetic corpora for scale work (never shown on the default site). Node only: it reads the seeds. */
export { generateSyntheticCorpus, type SyntheticCorpusOptions } from './generate-corpus.ts';
export { Random } from './prng.ts';
