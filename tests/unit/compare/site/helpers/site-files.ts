/**
 * The comparison's static files exactly as the site build writes them (lib/compare/site/build-files.ts,
 * through a JSON round trip), served from memory to the island's data access: the tests read the
 * views the browser computes without building the site.
 */
import type { AlignmentIndex } from '../../../../../src/lib/compare/index.ts';
import { directiveList, frequencyTable, measureData } from '../../../../../src/lib/compare/site/build-files.ts';
import { CompareData, MissingDataError } from '../../../../../src/lib/compare/site/compare-data.ts';
import {
  directiveDataUrl,
  directiveListUrl,
  frequenciesUrl,
  measureDataUrl,
} from '../../../../../src/lib/compare/site/static-files.ts';
import { listMeasures } from '../../../../../src/lib/measures/index.ts';

export function siteFiles(full: AlignmentIndex): Map<string, unknown> {
  const files = new Map<string, unknown>([
    [frequenciesUrl(), frequencyTable(full)],
    [directiveListUrl(), directiveList(full.directives)],
  ]);
  for (const d of full.directives) files.set(directiveDataUrl(d.id), d);
  for (const m of listMeasures()) files.set(measureDataUrl(m.id), measureData(full, m.id));
  return new Map([...files].map(([url, value]) => [url, JSON.parse(JSON.stringify(value)) as unknown]));
}

/** The island's data access over `files`; `fetched` records each address read. */
export function siteData(files: ReadonlyMap<string, unknown>, fetched: string[] = []): CompareData {
  return new CompareData(async (url) => {
    fetched.push(url);
    if (!files.has(url)) throw new MissingDataError(url);
    return files.get(url);
  });
}
