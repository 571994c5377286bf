/**
 * The site's data, prepared once per build from the ingested corpus, so that no page module holds
 * the corpus: listing pages read small summaries (cards.json, aggregates.json), a directive's page
 * reads only its own directive (downloads/van-ban/<id>.json, also its "Tải JSON"), and the downloads
 * are written as streams beside them.
 *
 * buildSite prepares in a separate process before Astro starts (prepare-site-data.ts), so the build
 * process never sees the full texts; a plain `astro build` or `astro dev` prepares in-process on
 * first use (corpus.ts). Layout of the folder:
 *   cards.json         DirectiveCard[] of the site's directives, oldest first
 *   aggregates.json    SiteAggregates: coverage, the matrix, each measure's listing
 *   downloads/         what /du-lieu/ serves (lib/downloads/downloads.ts), including
 *                      van-ban/<id>.json and .txt
 *   so-sanh/           what /so-sanh/ serves to the comparison island (compare/site/build-files.ts),
 *                      and families.json, the instruction families the /so-sanh pages list
 *   in-force/          the in-force layer (lib/in-force/layer.ts): the panel by province, the heat
 *                      map, the resolved relations; its in-force.csv.gz goes to downloads/
 *   stamp.json         which corpus file it was prepared from (size and time), to know when to redo it
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toComparable, type ComparableDirective } from '../compare/comparable.ts';
import { FAMILIES_FILE, writeCompareFiles } from '../compare/site/build-files.ts';
import type { InstructionFamily } from '../compare/types.ts';
import { CORPUS_FILE } from '../corpus/format.ts';
import { readCorpus } from '../corpus/load.ts';
import { sortByDateOrder } from '../directive/date-order.ts';
import type { Directive } from '../directive/schema.ts';
import { listMeasures } from '../measures/index.ts';
import { corpusCoverage, type Coverage } from './coverage.ts';
import { directiveCard, type DirectiveCard } from './directive-card.ts';
import { writeDownloads, type DownloadManifest } from '../downloads/downloads.ts';
import { IN_FORCE_DIR, writeInForce } from '../in-force/layer.ts';
import { provinceMeasureMatrix, type Matrix } from './matrix.ts';
import { measureListings, type MeasureListing } from './measure-listing.ts';

export interface SiteAggregates {
  coverage: Coverage;
  matrix: Matrix;
  measures: MeasureListing[];
  downloads: DownloadManifest;
}

export interface CorpusStamp {
  file: string;
  bytes: number;
  mtimeMs: number;
}

/** The directives the site shows: the corpus without synthetic ones (those exist for scale work only). */
export function siteSelection(all: readonly Directive[]): Directive[] {
  return sortByDate(all.filter((d) => !d.synthetic));
}

/** Oldest first; undated directives go where their earliest possible date puts them, else last (directive/date-order.ts). */
export const sortByDate = sortByDateOrder;

/** Writes the folder for `directives` (already selected and sorted by siteSelection): listings, then comparison. */
export async function prepareSiteData(
  directives: readonly Directive[],
  dir: string,
  opts: { stamp?: CorpusStamp; now?: Date; onProgress?: (message: string) => void } = {},
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await prepareListings(directives, dir, opts);
  await prepareComparison(directives.map(toComparable), dir, opts);
  // Last, so that a folder cut short by a crash is never taken for a finished one (isPreparedFrom).
  if (opts.stamp) await writeFile(join(dir, 'stamp.json'), JSON.stringify(opts.stamp));
}

/**
 * What the listing pages and /du-lieu/ read: cards, downloads, aggregates. Astro needs these before
 * it starts; the comparison's files only when it reaches /so-sanh (prepareComparison).
 */
export async function prepareListings(
  directives: readonly Directive[],
  dir: string,
  opts: { now?: Date; onProgress?: (message: string) => void } = {},
): Promise<void> {
  const progress = opts.onProgress ?? (() => {});
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'cards.json'), JSON.stringify(directives.map(directiveCard)));
  progress(`${directives.length} directive cards`);
  const measures = listMeasures();
  let files = 0;
  const downloads = await writeDownloads(directives, join(dir, 'downloads'), {
    ...(opts.now ? { now: opts.now } : {}),
    onFile: () => {
      files++;
    },
  });
  progress(`${files} downloads, ${directives.length} directive files`);
  const aggregates: SiteAggregates = {
    coverage: corpusCoverage(directives),
    matrix: provinceMeasureMatrix(directives, measures),
    measures: measureListings(directives, measures),
    downloads,
  };
  await writeFile(join(dir, 'aggregates.json'), JSON.stringify(aggregates));
  progress('aggregates for the listings');
  const inForce = await writeInForce(() => directives, dir);
  progress(
    `in force: ${inForce.rows} change rows, ${inForce.relations.resolved} of ${inForce.relations.total} relations resolved`,
  );
}

/** Written by prepareComparison when every comparison file is there. */
const COMPARISON_DONE = 'comparison-done.json';

/**
 * The comparison's files (compare/site/build-files.ts), from the site's directives as the comparison
 * reads them, in site order (siteComparables). The alignment index and the families are built here,
 * not in Astro: the page build then reads one small file per route instead of holding the whole
 * corpus and its index. buildSite runs this in a process of its own, beside the listings and Astro.
 */
export async function prepareComparison(
  comparables: readonly ComparableDirective[],
  dir: string,
  opts: { onProgress?: (message: string) => void } = {},
): Promise<void> {
  const progress = opts.onProgress ?? (() => {});
  const compare = await writeCompareFiles(
    comparables,
    listMeasures().map((m) => m.id),
    join(dir, 'so-sanh'),
    (families) => progress(`comparison: ${families} instruction families`),
  );
  await writeFile(join(dir, COMPARISON_DONE), JSON.stringify(compare));
  progress(`comparison: ${compare.files} files`);
}

/**
 * The site's directives as the comparison reads them, in the order of siteSelection, read from the
 * corpus one directive at a time: only the comparable form of each (clause texts, no provenance or
 * original text) is kept, a fraction of the corpus.
 */
export function siteComparables(corpusDir: string): ComparableDirective[] {
  const cards: DirectiveCard[] = [];
  const comparables = new Map<string, ComparableDirective>();
  for (const d of readCorpus(corpusDir)) {
    if (d.synthetic) continue;
    cards.push(directiveCard(d));
    comparables.set(d.id, toComparable(d));
  }
  return sortByDate(cards).map((card) => comparables.get(card.id)!);
}

/** Resolves once the comparison's files are all written (by this or another process). */
export async function comparisonReady(dir: string): Promise<void> {
  while (!existsSync(join(dir, COMPARISON_DONE))) await sleep(POLL_MS);
}

/** Resolves once families.json is written; prepareComparison writes it before the other files. */
async function familiesReady(dir: string): Promise<void> {
  while (!existsSync(join(dir, 'so-sanh', FAMILIES_FILE))) await sleep(POLL_MS);
}

const POLL_MS = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The corpus file's size and time, to tell whether a prepared folder is still current. */
export function corpusStamp(corpusDir: string): CorpusStamp | null {
  const file = join(corpusDir, CORPUS_FILE);
  if (!existsSync(file)) return null;
  const { size, mtimeMs } = statSync(file);
  return { file, bytes: size, mtimeMs };
}

export function isPreparedFrom(dir: string, stamp: CorpusStamp | null): boolean {
  const file = join(dir, 'stamp.json');
  // A folder from an older chithi, or cut short, lacks one of these: prepared again.
  const parts = [
    file,
    join(dir, 'aggregates.json'),
    join(dir, IN_FORCE_DIR, 'manifest.json'),
    join(dir, COMPARISON_DONE),
  ];
  if (!stamp || !parts.every((part) => existsSync(part))) return false;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as CorpusStamp;
  return saved.file === stamp.file && saved.bytes === stamp.bytes && saved.mtimeMs === stamp.mtimeMs;
}

/** Reading a prepared folder. */
export class SiteData {
  #cards: DirectiveCard[] | undefined;
  #aggregates: SiteAggregates | undefined;
  #families: InstructionFamily[] | undefined;

  constructor(readonly dir: string) {}

  cards(): DirectiveCard[] {
    this.#cards ??= JSON.parse(readFileSync(join(this.dir, 'cards.json'), 'utf8')) as DirectiveCard[];
    return this.#cards;
  }

  aggregates(): SiteAggregates {
    this.#aggregates ??= JSON.parse(readFileSync(join(this.dir, 'aggregates.json'), 'utf8')) as SiteAggregates;
    return this.#aggregates;
  }

  /**
   * Every instruction family, largest first, for /so-sanh and its paged list; waits while another
   * process is still computing them (buildSite starts Astro before the comparison is done).
   */
  async families(): Promise<InstructionFamily[]> {
    if (!this.#families) {
      await familiesReady(this.dir);
      this.#families = JSON.parse(
        await readFile(join(this.dir, 'so-sanh', FAMILIES_FILE), 'utf8'),
      ) as InstructionFamily[];
    }
    return this.#families;
  }

  /** One whole directive, read when its page is built and then let go. */
  async directive(id: string): Promise<Directive> {
    return JSON.parse(await readFile(this.downloadPath(`van-ban/${id}.json`), 'utf8')) as Directive;
  }

  /** A file of downloads/, by its path under /du-lieu/. */
  downloadPath(path: string): string {
    return join(this.dir, 'downloads', path);
  }

  /** A comparison file, by its path under /so-sanh/ (compare/site/static-files.ts). */
  comparePath(path: string): string {
    return join(this.dir, 'so-sanh', path);
  }
}
