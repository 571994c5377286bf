/** Measure tagging: the taxonomy in content/measures.yaml and the clause tagger. */
export { getMeasure, listMeasures, parseMeasures } from './catalogue.ts';
export { compileCues, matchCues, type CueMatcher } from './cue-matcher.ts';
export { tagClause } from './tag-clause.ts';
export {
  Measure,
  MeasureFile,
  OXCGRT_CODES,
  OxcgrtCode,
  type ClauseTags,
  type CueHit,
  type ImpliedHit,
} from './schema.ts';
export { CentralDocument, listCentralDocuments, parseCentralDocuments } from './central-documents.ts';
export { impliedMeasures } from './implied-measures.ts';
