/**
 * The site's directives as the build reads them: their cards in site order, held, and the directives
 * themselves, read again one at a time in that order. From a corpus file that is two passes (code
 * review §5): the first checks every line and keeps its card and its place in the file, the second
 * reads the lines by place, so the build holds the cards and one directive, never the corpus.
 */
import { openCorpusFile, readCorpusEntries } from '../corpus/load.ts';
import { sortByDateOrder } from '../directive/date-order.ts';
import type { Directive } from '../directive/schema.ts';
import { directiveCard, type DirectiveCard } from './directive-card.ts';

export interface SiteSource {
  /** The site's directives (no synthetic ones), oldest first (directive/date-order.ts). */
  readonly cards: readonly DirectiveCard[];
  /** Each of them whole, in the order of `cards`, one at a time: keep what you need of each. */
  directives(): Iterable<Directive>;
}

/** The directives the site shows: the corpus without synthetic ones (those exist for scale work only), oldest first. */
export function siteSelection(all: readonly Directive[]): Directive[] {
  return sortByDateOrder(all.filter((d) => !d.synthetic));
}

/** A source over directives held already (tests, `astro dev` on a small corpus). */
export function siteSourceOf(all: readonly Directive[]): SiteSource {
  const directives = siteSelection(all);
  return { cards: directives.map(directiveCard), directives: () => directives };
}

/** A source over the corpus file of `corpusDir`: the first pass runs here, the second at each directives(). */
export function corpusSiteSource(corpusDir: string): SiteSource {
  const places: Array<{ card: DirectiveCard; place: { id: string; offset: number; bytes: number } }> = [];
  for (const { directive: d, offset, bytes } of readCorpusEntries(corpusDir)) {
    if (d.synthetic) continue;
    places.push({ card: directiveCard(d), place: { id: d.id, offset, bytes } });
  }
  const byCard = new Map(places.map((p) => [p.card, p.place]));
  const cards = sortByDateOrder(places.map((p) => p.card));
  return {
    cards,
    *directives() {
      const file = openCorpusFile(corpusDir);
      try {
        for (const card of cards) yield file.read(byCard.get(card)!);
      } finally {
        file.close();
      }
    },
  };
}
