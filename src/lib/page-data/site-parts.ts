/**
 * The parts of the site's data folder (site-data.ts), as one registry: each part has a name, the
 * parts whose files it reads (dependsOn), what it runs, and the folders of its output the built site
 * serves (publishes). Everything that handles parts reads this list — buildSite starts one process
 * per part (scripts/prepare-site-data.ts) once its dependencies are done, Astro starts once the
 * parts its pages need before starting are done, the final copy (copy-prepared.ts) publishes each
 * part's folders, and a prepared folder counts as current only with every part's marker — so a new
 * part is one more entry here, with no special case anywhere else.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FAMILIES_FILE } from '../compare/site/build-files.ts';
import type { Directive } from '../directive/schema.ts';
import { writeInForce } from '../in-force/layer.ts';
import { isStampedFrom, prepareComparison, prepareListings, writeStamp, type CorpusStamp } from './site-data.ts';
import { siteSourceOf, type SiteSource } from './site-source.ts';

export interface PartContext {
  /** The site's directives: cards held, each directive read once per directives() call. */
  source: SiteSource;
  /** The site-data folder: a part writes under it, in folders of its own. */
  dir: string;
  /** The build's time, for the files that carry one. */
  now?: Date;
  onProgress: (message: string) => void;
}

/** A folder of the prepared data served by the site: `from` under the site-data folder, `to` under dist/. */
export interface Publication {
  from: string;
  to: string;
  /** File names that stay behind (read by the pages, not served). */
  except?: readonly string[];
}

export interface SitePart {
  name: string;
  /** Parts whose files this one reads: it starts once they are done. */
  dependsOn: readonly string[];
  /**
   * Whether Astro starts only once this part is done (its pages read the part's files as they
   * render). Otherwise Astro runs beside it, and only the final copy waits for it.
   */
  beforePages: boolean;
  run(context: PartContext): Promise<void>;
  publishes: readonly Publication[];
}

export const SITE_PARTS: readonly SitePart[] = [
  {
    name: 'listings',
    dependsOn: [],
    beforePages: true,
    run: ({ source, dir, now, onProgress }) => prepareListings(source, dir, { ...(now ? { now } : {}), onProgress }),
    publishes: [{ from: 'downloads', to: 'du-lieu' }],
  },
  {
    // The longest part: beside the listings and Astro; the /so-sanh pages wait for its families.json
    // (SiteData.families) and the copy for the rest.
    name: 'comparison',
    dependsOn: [],
    beforePages: false,
    run: ({ source, dir, onProgress }) => prepareComparison(source, dir, { onProgress }),
    publishes: [{ from: 'so-sanh', to: 'so-sanh', except: [FAMILIES_FILE] }],
  },
  {
    // The in-force layer (in-force/layer.ts): read by the day pages, the heat map and the province
    // timelines as they render. Its in-force.csv.gz goes into downloads/, which the listings publish
    // once every part is done.
    name: 'in-force',
    dependsOn: [],
    beforePages: true,
    run: async ({ source, dir, onProgress }) => {
      const written = await writeInForce(() => source.directives(), dir);
      onProgress(
        `in force: ${written.rows} change rows, ${written.relations.resolved} of ${written.relations.total} relations resolved`,
      );
    },
    publishes: [],
  },
];

export function sitePart(name: string): SitePart {
  const part = SITE_PARTS.find((p) => p.name === name);
  if (!part) throw new Error(`no site-data part "${name}" (parts: ${SITE_PARTS.map((p) => p.name).join(', ')})`);
  return part;
}

/** The parts in an order where each comes after what it depends on. */
export function partsInOrder(parts: readonly SitePart[] = SITE_PARTS): SitePart[] {
  const done = new Set<string>();
  const ordered: SitePart[] = [];
  const visit = (part: SitePart, path: readonly string[]) => {
    if (done.has(part.name)) return;
    if (path.includes(part.name))
      throw new Error(`site-data parts depend on each other: ${[...path, part.name].join(' → ')}`);
    for (const name of part.dependsOn) {
      const dependency = parts.find((p) => p.name === name);
      if (!dependency) throw new Error(`site-data part "${part.name}" depends on "${name}", which is not a part`);
      visit(dependency, [...path, part.name]);
    }
    done.add(part.name);
    ordered.push(part);
  };
  for (const part of parts) visit(part, []);
  return ordered;
}

const markerFile = (dir: string, name: string) => join(dir, 'parts', `${name}.json`);

/** Runs one part and marks it done, last, so a part cut short is never taken for a finished one. */
export async function runPart(part: SitePart, context: PartContext): Promise<void> {
  const started = Date.now();
  await part.run(context);
  await mkdir(join(context.dir, 'parts'), { recursive: true });
  await writeFile(markerFile(context.dir, part.name), JSON.stringify({ part: part.name, ms: Date.now() - started }));
}

export function partDone(dir: string, name: string): boolean {
  return existsSync(markerFile(dir, name));
}

/** Resolves once every part is marked done, by this process or another. */
export async function partsDone(dir: string, parts: readonly SitePart[] = SITE_PARTS): Promise<void> {
  while (!parts.every((p) => partDone(dir, p.name))) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}

const POLL_MS = 200;

/**
 * Writes the whole folder in this process, every part in order (`astro dev`, a plain `astro build`,
 * tests): from a corpus source, or from directives held already (selected and sorted here).
 */
export async function prepareSiteData(
  from: SiteSource | readonly Directive[],
  dir: string,
  opts: { stamp?: CorpusStamp; now?: Date; onProgress?: (message: string) => void } = {},
): Promise<void> {
  const source = Array.isArray(from) ? siteSourceOf(from) : (from as SiteSource);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const onProgress = opts.onProgress ?? (() => {});
  for (const part of partsInOrder()) {
    await runPart(part, { source, dir, onProgress, ...(opts.now ? { now: opts.now } : {}) });
  }
  // Last, so that a folder cut short by a crash is never taken for a finished one (isPreparedFrom).
  if (opts.stamp) await writeStamp(dir, opts.stamp);
}

/** Whether `dir` was prepared whole from this very corpus file: its stamp, and every part's marker. */
export function isPreparedFrom(dir: string, stamp: CorpusStamp | null): boolean {
  return isStampedFrom(dir, stamp) && SITE_PARTS.every((p) => partDone(dir, p.name));
}
