/**
 * The measure taxonomy, read once from content/measures.yaml (found through projectRoot(), so
 * scripts, tests and the Astro build read the same copy wherever they run from).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normalizeText } from '../text/index.ts';
import { Measure, MeasureFile } from './schema.ts';
import { contentDir } from '../paths.ts';

const measuresFile = (): string => join(contentDir(), 'measures.yaml');

let cached: readonly Measure[] | undefined;
let byId: ReadonlyMap<string, Measure> | undefined;

/** Parses the taxonomy; cue phrases go through the text normaliser like every string from a file. */
export function parseMeasures(yamlText: string): Measure[] {
  const file = MeasureFile.parse(parse(yamlText));
  return file.measures.map((measure) => ({
    ...measure,
    cues: measure.cues.map(normalizeText),
    exclude: measure.exclude.map(normalizeText),
  }));
}

/** Every measure, in the order of content/measures.yaml (the order tags are listed in). */
export function listMeasures(): Measure[] {
  cached ??= Object.freeze(parseMeasures(readFileSync(measuresFile(), 'utf8')));
  return [...cached];
}

export function getMeasure(id: string): Measure | undefined {
  byId ??= new Map(listMeasures().map((measure) => [measure.id, measure]));
  return byId.get(id);
}
