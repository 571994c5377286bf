/**
 * The Vietnamese text module: every other stage reads text through these functions.
 * normalize → tokenize → fold / telex / segment; see each file for the decisions it makes.
 */
export { canonicalToneSpelling, normalizeText } from './normalize.ts';
export { cachedFoldKey, foldDiacritics, foldKey } from './fold.ts';
export { memoizeString } from './memo.ts';
export {
  keyedSyllables,
  syllableKeys,
  syllables,
  tokenize,
  type KeyedSyllable,
  type Token,
  type TokenKind,
} from './syllables.ts';
export { isDocumentCode } from './token-patterns.ts';
export { hasDiacritics, toTelex } from './telex.ts';
export { createDictionary, parseWordList, segmentWith, segmentWords, type WordDictionary } from './segment.ts';
