/**
 * The /so-sanh island's state: the request (mirrored in the URL) and the view computed from it in
 * the browser, from the corpus JSON the page embedded. The alignment index is built once, on the
 * first request that needs it.
 */
import {
  compareClause,
  compareDirectives,
  compareMeasure,
  findPrecedents,
  indexOf,
  rebase,
  type AlignmentIndex,
  type ClauseComparison,
  type ComparableDirective,
  type DirectiveComparison,
  type MeasureComparison,
  type Precedent,
} from '../../lib/compare/index.ts';
import { parseRequest, requestToSearch, type CompareRequest } from './compare-url.ts';

export type CompareView =
  | { kind: 'columns'; view: ClauseComparison | MeasureComparison }
  | { kind: 'directives'; view: DirectiveComparison }
  | { kind: 'precedent'; draft: string; precedents: Precedent[] }
  | { kind: 'none' }
  | { kind: 'error'; message: string };

export class CompareController {
  request: CompareRequest = $state({ kind: 'none' });
  readonly #corpus: readonly ComparableDirective[];
  #index: AlignmentIndex | undefined;

  constructor(corpus: readonly ComparableDirective[]) {
    this.#corpus = corpus;
  }

  view: CompareView = $derived.by(() => this.#compute(this.request));

  /** Reads the request from a URL's search part (page load, back/forward). */
  load(search: string): void {
    this.request = parseRequest(search);
  }

  /** Shows a new request and records it in the address bar (a new history entry). */
  go(request: CompareRequest): void {
    this.request = request;
    history.pushState(null, '', `${location.pathname}${requestToSearch(request)}`);
  }

  /** The address that reproduces the current view. */
  get link(): string {
    return `${location.origin}${location.pathname}${requestToSearch(this.request)}`;
  }

  #compute(request: CompareRequest): CompareView {
    if (request.kind === 'none') return { kind: 'none' };
    this.#index ??= indexOf(this.#corpus);
    const index = this.#index;
    try {
      switch (request.kind) {
        case 'clause': {
          const view = compareClause(index, request.directive, request.clauseId);
          return { kind: 'columns', view: request.base ? rebase(index, view, request.base) : view };
        }
        case 'measure': {
          const view = compareMeasure(index, request.measure);
          return { kind: 'columns', view: request.base ? rebase(index, view, request.base) : view };
        }
        case 'directives':
          return { kind: 'directives', view: compareDirectives(index, request.a, request.b) };
        case 'precedent':
          return { kind: 'precedent', draft: request.draft, precedents: findPrecedents(index, request.draft) };
      }
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }
}
