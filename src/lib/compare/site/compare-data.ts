/**
 * The island's access to the comparison's static files (static-files.ts): each fetched at most once
 * while the page is open, so moving between views of the same directives costs nothing more.
 */
import { AlignmentIndex } from '../alignment-index.ts';
import type { ComparableDirective } from '../comparable.ts';
import {
  directiveDataUrl,
  directiveListUrl,
  frequenciesOf,
  frequenciesUrl,
  measureDataUrl,
  type DirectiveListEntry,
  type FrequencyTable,
  type MeasureData,
} from './static-files.ts';

export type FetchJson = (url: string) => Promise<unknown>;

/** A static file the site does not have: the id in the address is not one of the corpus's. */
export class MissingDataError extends Error {
  constructor(readonly url: string) {
    super(`không có dữ liệu ${url}`);
    this.name = 'MissingDataError';
  }
}

export const browserFetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  if (response.status === 404) throw new MissingDataError(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json();
};

export class CompareData {
  readonly #fetchJson: FetchJson;
  readonly #files = new Map<string, Promise<unknown>>();

  constructor(fetchJson: FetchJson = browserFetchJson) {
    this.#fetchJson = fetchJson;
  }

  frequencyTable(): Promise<FrequencyTable> {
    return this.#get<FrequencyTable>(frequenciesUrl());
  }

  directiveList(): Promise<DirectiveListEntry[]> {
    return this.#get<DirectiveListEntry[]>(directiveListUrl());
  }

  directive(id: string): Promise<ComparableDirective> {
    return this.#get<ComparableDirective>(directiveDataUrl(id));
  }

  measure(id: string): Promise<MeasureData> {
    return this.#get<MeasureData>(measureDataUrl(id));
  }

  /** An index of these directives only, weighed as the whole corpus is. */
  async indexOf(directives: readonly ComparableDirective[]): Promise<AlignmentIndex> {
    return new AlignmentIndex(directives, frequenciesOf(await this.frequencyTable()));
  }

  #get<T>(url: string): Promise<T> {
    let file = this.#files.get(url);
    if (!file) {
      file = this.#fetchJson(url);
      // A failed fetch is not remembered: the reader may retry once the server is back.
      file.catch(() => this.#files.delete(url));
      this.#files.set(url, file);
    }
    return file as Promise<T>;
  }
}
