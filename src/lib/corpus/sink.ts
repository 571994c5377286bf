/**
 * Something built from the corpus one directive at a time: a download file, a running total. The
 * site build reads each directive once, in site order, and hands it to every sink in turn
 * (page-data/site-data.ts), so what it holds is the sinks' totals and one directive, whatever the
 * corpus's size.
 */
import type { Directive } from '../directive/schema.ts';

export interface DirectiveSink<Result> {
  /** Takes the next directive; a sink writing to a stream resolves once the stream can take more. */
  add(directive: Directive): void | Promise<void>;
  /** After the last directive: the result (a total, the files written). */
  finish(): Result | Promise<Result>;
}

/** What a sink would have made of `directives`: for callers holding them already (tests, small corpora). */
export async function drain<Result>(sink: DirectiveSink<Result>, directives: Iterable<Directive>): Promise<Result> {
  for (const d of directives) await sink.add(d);
  return sink.finish();
}

/** A sink that only counts: synchronous, so it can also total a plain array. */
export interface RunningTotal<Result> extends DirectiveSink<Result> {
  add(directive: Directive): void;
  finish(): Result;
}
