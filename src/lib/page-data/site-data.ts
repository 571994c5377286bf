/**
 * The site's data, prepared once per build from the ingested corpus, so that no page module holds
 * the corpus: listing pages read small summaries (cards.json, aggregates.json), a directive's page
 * reads only its own directive (downloads/van-ban/<id>.json, also its "Tải JSON"), and the downloads
 * are written as streams beside them.
 *
 * The folder is written by the build's parts (site-parts.ts: listings and comparison here, each from
 * a SiteSource, site-source.ts). buildSite runs each in a process of its own (prepare-site-data.ts),
 * so Astro's process never sees the full texts; a plain `astro build` or `astro dev` prepares
 * in-process on first use (corpus.ts). The listings read the corpus a directive at a time and feed
 * each to a set of sinks (downloads, running totals: corpus/sink.ts), so the build holds the cards,
 * the totals and one directive, whatever the corpus's size. Layout of the folder:
 *   cards.json         DirectiveCard[] of the site's directives, oldest first
 *   aggregates.json    SiteAggregates: coverage, the matrix, each measure's listing
 *   downloads/         what /du-lieu/ serves (lib/downloads/downloads.ts), including
 *                      van-ban/<id>.json and .txt
 *   so-sanh/           what /so-sanh/ serves to the comparison island (compare/site/build-files.ts),
 *                      and families.json, the instruction families the /so-sanh pages list
 *   parts/<name>.json  written by each part when its files are all there (site-parts.ts)
 *   in-force/          the in-force layer (lib/in-force/layer.ts): the panel by province, the heat
 *                      map, the resolved relations; its in-force.csv.gz goes to downloads/
 *   stamp.json         which corpus file it was prepared from (size and time), to know when to redo it
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toComparable } from '../compare/comparable.ts';
import { FAMILIES_FILE, writeCompareFiles } from '../compare/site/build-files.ts';
import type { InstructionFamily } from '../compare/types.ts';
import { CORPUS_FILE } from '../corpus/format.ts';
import { sortByDateOrder } from '../directive/date-order.ts';
import type { Directive } from '../directive/schema.ts';
import { listMeasures } from '../measures/index.ts';
import { coverageTotals, type Coverage } from './coverage.ts';
import type { DirectiveCard } from './directive-card.ts';
import { openDownloads, type DownloadManifest } from '../downloads/downloads.ts';
import { matrixTotals, type Matrix } from './matrix.ts';
import { measureListingTotals, type MeasureListing } from './measure-listing.ts';
import type { SiteSource } from './site-source.ts';

export { siteSelection } from './site-source.ts';

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

/** Oldest first; undated directives go where their earliest possible date puts them, else last (directive/date-order.ts). */
export const sortByDate = sortByDateOrder;

/**
 * What the listing pages and /du-lieu/ read: cards, downloads, aggregates. Astro needs these before
 * it starts; the comparison's files only when it reaches /so-sanh (prepareComparison). One pass over
 * the directives, each handed to every sink and let go.
 */
export async function prepareListings(
  source: SiteSource,
  dir: string,
  opts: { now?: Date; onProgress?: (message: string) => void } = {},
): Promise<void> {
  const progress = opts.onProgress ?? (() => {});
  await mkdir(dir, { recursive: true });
  const count = source.cards.length;
  await writeFile(join(dir, 'cards.json'), JSON.stringify(source.cards));
  progress(`${count} directive cards`);
  const measures = listMeasures();
  let files = 0;
  const downloads = openDownloads(join(dir, 'downloads'), {
    directives: count,
    ...(opts.now ? { now: opts.now } : {}),
    onFile: () => {
      files++;
    },
  });
  const coverage = coverageTotals();
  const matrix = matrixTotals(measures);
  const listings = measureListingTotals(measures);
  for (const d of source.directives()) {
    await downloads.add(d);
    coverage.add(d);
    matrix.add(d);
    listings.add(d);
  }
  const manifest = await downloads.finish();
  progress(`${files} downloads, ${count} directive files`);
  const aggregates: SiteAggregates = {
    coverage: coverage.finish(),
    matrix: matrix.finish(),
    measures: listings.finish(),
    downloads: manifest,
  };
  await writeFile(join(dir, 'aggregates.json'), JSON.stringify(aggregates));
  progress('aggregates for the listings');
}

/**
 * The comparison's files (compare/site/build-files.ts), from the site's directives as the comparison
 * reads them, in site order: only the comparable form of each (clause texts, no provenance or
 * original text) is kept, a fraction of the corpus. The alignment index and the families are built
 * here, not in Astro: the page build then reads one small file per route instead of holding the
 * whole corpus and its index. buildSite runs this in a process of its own, beside the listings and Astro.
 */
export async function prepareComparison(
  source: SiteSource,
  dir: string,
  opts: { onProgress?: (message: string) => void } = {},
): Promise<void> {
  const progress = opts.onProgress ?? (() => {});
  const comparables = Array.from(source.directives(), toComparable);
  const compare = await writeCompareFiles(
    comparables,
    listMeasures().map((m) => m.id),
    join(dir, 'so-sanh'),
    (families) => progress(`comparison: ${families} instruction families`),
  );
  progress(`comparison: ${compare.files} files`);
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

/** Whether `dir` holds a stamp of this very corpus file (the parts' markers are site-parts.ts's to check). */
export function isStampedFrom(dir: string, stamp: CorpusStamp | null): boolean {
  const file = join(dir, 'stamp.json');
  if (!stamp || !existsSync(file)) return false;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as CorpusStamp;
  return saved.file === stamp.file && saved.bytes === stamp.bytes && saved.mtimeMs === stamp.mtimeMs;
}

export async function writeStamp(dir: string, stamp: CorpusStamp): Promise<void> {
  await writeFile(join(dir, 'stamp.json'), JSON.stringify(stamp));
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
