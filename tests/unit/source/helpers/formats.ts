import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Directive } from '../../../../src/lib/directive/schema.ts';
import { buildDirective } from '../../../../src/lib/ingest/build-directive.ts';
import { readSource } from '../../../../src/lib/source/read-source.ts';
import type { ReadSourceOptions, SourceReadResult } from '../../../../src/lib/source/source-types.ts';
import { normalizeText } from '../../../../src/lib/text/normalize.ts';

export const FORMATS_DIR = join(import.meta.dirname, '../../../fixtures/formats');
export const fixture = (name: string): string => join(FORMATS_DIR, name);

export type ReadOk = Extract<SourceReadResult, { ok: true }>;

export async function readOk(name: string, options: ReadSourceOptions = {}): Promise<ReadOk> {
  const result = await readSource(fixture(name), options);
  if (!result.ok) throw new Error(`expected ${name} to read, got: ${result.error.message}`);
  return result;
}

export async function directiveOf(name: string, options: ReadSourceOptions = {}): Promise<Directive> {
  return buildDirective(await readOk(name, options), null);
}

/** What a reader checks in a directive: its metadata, and its clause tree with each clause's text. */
export function essentials(d: Directive) {
  return {
    number: d.number?.value ?? null,
    docType: d.docType?.value ?? null,
    date: d.date?.value ?? null,
    province: d.province?.value.id ?? null,
    issuer: d.issuer?.value.kind ?? null,
    subject: d.subject?.value.replace(/\s+/g, ' ') ?? null,
    signer: d.signer?.value.name ?? null,
    clauses: d.clauses.map((c) => `${c.id} ${c.text.replace(/\s+/g, ' ')}`),
  };
}

/** The text a person compares with the page: normalised, one space between words. */
export function comparable(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

/** Character error rate: Levenshtein distance over the reference's length (two rows of the table). */
export function characterErrorRate(recognised: string, reference: string): number {
  const a = [...comparable(recognised)];
  const b = [...comparable(reference)];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]! / Math.max(b.length, 1);
}

/** The lines of a paged result that are printed on `page`. */
export function pageText(result: ReadOk, page: number): string {
  const lines = result.text.split('\n');
  const pages = result.pages ?? [];
  const start = pages.find((p) => p.page === page)?.line;
  if (start === undefined) return '';
  const next = pages.find((p) => p.page > page)?.line ?? lines.length + 1;
  return lines.slice(start - 1, next - 1).join('\n');
}

/**
 * Reads every file of a folder through readSource, as ingest does once read-source-dir.ts hands it
 * every regular file: one result per file, in name order.
 */
export async function readFolder(dir: string, options: ReadSourceOptions = {}): Promise<SourceReadResult[]> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  const results: SourceReadResult[] = [];
  for (const name of names) results.push(await readSource(join(dir, name), options));
  return results;
}

export function expectError(result: SourceReadResult, code: string, ...says: string[]): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.file).toBe(result.file);
  for (const words of says) expect(result.error.message).toContain(words);
}
