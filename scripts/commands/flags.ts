/**
 * Parsers for command-line flags, shared by the commands: each accepts exactly what its help says
 * and otherwise throws commander's InvalidArgumentError, which commander prints as
 * "error: option '--limit <n>' argument '-5' is invalid. …" and turns into exit status 1.
 */
import { InvalidArgumentError } from 'commander';
import { IsoDate } from '../../src/lib/directive/schema.ts';

/** A user error found after the flags parsed (two flags that contradict, a missing choice): exit 1, no stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A whole number within [min, max]; "-5", "3.5", "10abc" and "" are refused. */
export function intBetween(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`give a whole number from ${min} to ${max} (got “${value}”).`);
    }
    return n;
  };
}

/** `YYYY-MM-DD` naming a real day: the schema's IsoDate, so "2021-13-45" and "2021-02-30" are refused. */
export function isoDate(value: string): string {
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`${parsed.error.issues[0]?.message ?? 'not a date'}.`);
  return parsed.data;
}

/** A four-digit year of the corpus's era. */
export function year(value: string): string {
  if (!/^\d{4}$/.test(value) || Number(value) < 1945 || Number(value) > 2100) {
    throw new InvalidArgumentError(`a year is four digits, e.g. 2021 (got “${value}”).`);
  }
  return value;
}

/** For repeatable flags: `--province a --province b` → ['a', 'b']. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Like collect, but each value goes through `parse` first (so a bad one is refused by name). */
export function collectParsed<T>(parse: (value: string) => T): (value: string, previous: T[]) => T[] {
  return (value, previous) => [...previous, parse(value)];
}
