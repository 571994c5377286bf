/**
 * The search page's state and what changes it: the query typed (searched after a pause), facet
 * values picked, sort, dates, page. Every change is written to the URL, so a link reproduces the
 * search, and Back returns to the previous one. Responses arriving out of order are dropped: only
 * the latest request may paint the results.
 */
import { loadSearchConfig } from '../../lib/search/live-config.ts';
import { searchClauses, type SearchResult } from '../../lib/search/query.ts';
import { emptyRequest, type FacetKey, type SearchRequest } from '../../lib/search/request.ts';
import type { SiteSearchConfig } from '../../lib/page-data/search-config.ts';
import { decodeStateWithNotes, encodeState, toggleFacet } from '../../lib/page-data/search-state.ts';

/** Long enough to skip the keystrokes of one word, short enough to feel immediate. */
export const TYPING_DEBOUNCE_MS = 180;

export type SearchStatus = 'idle' | 'loading' | 'done' | 'unreachable' | 'unconfigured';

export class SearchController {
  /** The search the page shows, with the default page size (search/request.ts). */
  state: SearchRequest = $state(emptyRequest());
  result: SearchResult | null = $state(null);
  /** The words the shown result answers: the box may already hold newer ones. */
  resultQuery = $state('');
  status: SearchStatus = $state('idle');
  /** Why the last request failed, for the message under "cannot reach the search server". */
  error = $state('');
  /** What in the URL was ignored and why (an impossible date), named for the reader. */
  notes: string[] = $state([]);
  /** The search server in use, named in the "cannot reach" message. */
  host = $state('');

  /** The config the page was built with; the site's /search-config.json overrides it (live-config.ts). */
  readonly #builtIn: SiteSearchConfig | null;
  #config: SiteSearchConfig | null = null;
  /** Whether #config came from the site at run time, or must be asked for first. */
  #fresh = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest = 0;

  constructor(config: SiteSearchConfig | null) {
    this.#builtIn = config;
    this.#config = config;
    this.host = config?.host ?? '';
  }

  /** Reads the URL (first load, Back/Forward) and searches. */
  load(search: string): void {
    const { state, notes } = decodeStateWithNotes(search);
    this.state = state;
    this.notes = notes;
    void this.run();
  }

  /**
   * "Thử lại": ask the site where the search server is now (it may have restarted elsewhere, or
   * have a new key), then search again.
   */
  retry(): Promise<void> {
    this.#fresh = false;
    return this.run();
  }

  /** Typing: update the box at once, search after a pause; the URL is replaced, not pushed. */
  type(q: string): void {
    this.state = { ...this.state, q, page: 1 };
    // Busy from the first keystroke: the results on screen no longer answer what the box says.
    if (this.status !== 'unconfigured') this.status = 'loading';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#writeUrl('replace');
      void this.run();
    }, TYPING_DEBOUNCE_MS);
  }

  /** A discrete choice (facet, sort, date, page): search now, and make it a step in history. */
  change(next: Partial<SearchRequest>): void {
    this.state = { ...this.state, page: 1, ...next };
    clearTimeout(this.#timer);
    this.#writeUrl('push');
    void this.run();
  }

  toggle(key: FacetKey, value: string): void {
    this.change(toggleFacet(this.state, key, value));
  }

  async run(): Promise<void> {
    const request = ++this.#latest;
    this.status = 'loading';
    const config = await this.#currentConfig();
    if (request !== this.#latest) return;
    if (!config) {
      this.status = 'unconfigured';
      return;
    }
    try {
      const { q } = this.state;
      const result = await searchClauses(config, this.state);
      if (request !== this.#latest) return;
      this.result = result;
      this.resultQuery = q.trim();
      this.status = 'done';
    } catch (error) {
      if (request !== this.#latest) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'unreachable';
      // The next search (or "Thử lại") asks the site again: the server may have moved.
      this.#fresh = false;
    }
  }

  /** The config from the site on the first search and after a failure; the one in hand otherwise. */
  async #currentConfig(): Promise<SiteSearchConfig | null> {
    if (!this.#fresh) {
      this.#config = await loadSearchConfig(this.#builtIn);
      this.#fresh = true;
      this.host = this.#config?.host ?? '';
    }
    return this.#config;
  }

  #writeUrl(mode: 'push' | 'replace'): void {
    const query = encodeState(this.state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}
