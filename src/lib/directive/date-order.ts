/**
 * The one order of directives by date, for every list the portal shows: /tong-quan and the listings
 * (page-data/site-data.ts), the comparison's columns and rows (compare/comparable.ts).
 *
 * Oldest first. An undated directive goes at the earliest day it can have been issued
 * (dateBounds.notBefore: a notice issued after the meeting it reports, a text citing a document of
 * 11/10/2021), else last: a bound is evidence of where it belongs, and no date is invented for it.
 * Ties go by id, so the order never depends on the order the corpus was read in.
 *
 * Browser-safe.
 */
import type { Directive } from './schema.ts';

/** What the order reads of a directive. */
export interface DateOrderKey {
  id: string;
  /** The day it sorts at (orderDayOf); null or absent: last. */
  orderDay?: string | null | undefined;
}

/** The ISO day a directive sorts at: its date, else the earliest it can be, else null. */
export function orderDayOf(d: Pick<Directive, 'date' | 'dateBounds'>): string | null {
  return d.date?.value ?? d.dateBounds?.notBefore?.value ?? null;
}

/** A comparator for Array.prototype.sort: the order above. */
export function compareDateOrder(a: DateOrderKey, b: DateOrderKey): number {
  const x = a.orderDay ?? null;
  const y = b.orderDay ?? null;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Parsed directives (or cards holding their id and dates) in the order above; a new array. */
export function sortByDateOrder<T extends Pick<Directive, 'id' | 'date' | 'dateBounds'>>(
  directives: readonly T[],
): T[] {
  return directives
    .map((d) => ({ d, key: { id: d.id, orderDay: orderDayOf(d) } }))
    .sort((a, b) => compareDateOrder(a.key, b.key))
    .map(({ d }) => d);
}
