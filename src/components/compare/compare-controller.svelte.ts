/**
 * The /so-sanh island's state: the request (mirrored in the URL) and the view computed from it in
 * the browser, from the few static files and search candidates that view needs
 * (lib/compare/site/views.ts). A newer request supersedes one still loading; choosing another base
 * re-scores the view already loaded instead of fetching it again.
 */
import {
  rebase,
  type AlignmentIndex,
  type ClauseComparison,
  type DirectiveComparison,
  type MeasureComparison,
  type Precedent,
} from '../../lib/compare/index.ts';
import { CompareData } from '../../lib/compare/site/compare-data.ts';
import {
  clauseView,
  directivesView,
  measureView,
  precedentView,
  type CandidateSearch,
  type ColumnsResult,
} from '../../lib/compare/site/views.ts';
import { candidateClauses } from '../../lib/search/candidate-clauses.ts';
import { loadSearchConfig } from '../../lib/search/live-config.ts';
import type { SiteSearchConfig } from '../../lib/page-data/search-config.ts';
import { parseRequest, requestToSearch, type CompareRequest } from './compare-url.ts';

export type CompareView =
  | { kind: 'columns'; view: ClauseComparison | MeasureComparison }
  | { kind: 'directives'; view: DirectiveComparison }
  | { kind: 'precedent'; draft: string; precedents: Precedent[] }
  | { kind: 'none' }
  | { kind: 'error'; message: string };

type ColumnsView = ClauseComparison | MeasureComparison;

export class CompareController {
  request: CompareRequest = $state({ kind: 'none' });
  view: CompareView = $state({ kind: 'none' });
  /** True while the view for `request` is being fetched and computed. */
  loading = $state(false);
  readonly data = new CompareData();
  readonly #search: CandidateSearch | null;
  /** The last columns view before any change of base, by its request without the base. */
  #columns: { key: string; result: ColumnsResult<ColumnsView> } | undefined;
  #generation = 0;

  constructor(builtIn: SiteSearchConfig | null) {
    // The search server is found as the search island finds it (lib/search/live-config.ts): the
    // site's /search-config.json, asked once and again after a failure (the server may have moved
    // after a restart), else the config the page was built with.
    let live: Promise<SiteSearchConfig | null> | null = null;
    this.#search = builtIn
      ? async (queries, limit) => {
          live ??= loadSearchConfig(builtIn);
          const config = (await live) ?? builtIn;
          try {
            return await candidateClauses(config, queries, limit);
          } catch (error) {
            live = null;
            throw error;
          }
        }
      : null;
  }

  /** Reads the request from a URL's search part (page load, back/forward); resolves once shown. */
  load(search: string): Promise<void> {
    this.request = parseRequest(search);
    return this.#show();
  }

  /** Shows a new request and records it in the address bar (a new history entry). */
  go(request: CompareRequest): Promise<void> {
    this.request = request;
    history.pushState(null, '', `${location.pathname}${requestToSearch(request)}`);
    return this.#show();
  }

  /** The address that reproduces the current view. */
  get link(): string {
    return `${location.origin}${location.pathname}${requestToSearch(this.request)}`;
  }

  async #show(): Promise<void> {
    const generation = ++this.#generation;
    const request = this.request;
    this.loading = true;
    let view: CompareView;
    try {
      view = await this.#compute(request);
    } catch (error) {
      view = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    if (generation !== this.#generation) return;
    this.view = view;
    this.loading = false;
  }

  async #compute(request: CompareRequest): Promise<CompareView> {
    switch (request.kind) {
      case 'none':
        return { kind: 'none' };
      case 'clause':
      case 'measure': {
        const key = requestToSearch({ ...request, base: null });
        if (this.#columns?.key !== key) {
          const result =
            request.kind === 'clause'
              ? await clauseView(this.data, this.#search, { ...request, base: null })
              : await measureView(this.data, { ...request, base: null });
          this.#columns = { key, result };
        }
        const { view, index } = this.#columns.result;
        return { kind: 'columns', view: request.base ? rebaseOn(await index(), view, request.base) : view };
      }
      case 'directives':
        return { kind: 'directives', view: await directivesView(this.data, request.a, request.b) };
      case 'precedent':
        return {
          kind: 'precedent',
          draft: request.draft,
          precedents: await precedentView(this.data, this.#search, request.draft),
        };
    }
  }
}

function rebaseOn(index: AlignmentIndex, view: ColumnsView, base: string): ColumnsView {
  return view.kind === 'clause' ? rebase(index, view, base) : rebase(index, view, base);
}
