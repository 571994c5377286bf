import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { describeIssue } from '../../../../src/lib/source/describe-issue.ts';
import { readSourceDir } from './read-source-dir.ts';
import type { ReadSourceOptions, SourceIssue, SourceReadResult } from '../../../../src/lib/source/source-types.ts';
import { EXCERPT } from './bad-input.ts';
import type { TempDir } from './temp-dir.ts';

/**
 * Reads one troublesome file the way ingest will: in a folder, between two good files.
 * Checks the good neighbours still read fine, and returns the troublesome file's result.
 * `content` is the file's bytes, or a function that makes something odd at the path.
 */
export async function readAmongGood(
  temp: TempDir,
  name: string,
  content: string | Uint8Array | ((path: string) => Promise<void>),
  options: ReadSourceOptions = {},
): Promise<SourceReadResult> {
  await temp.write('0-before.txt', EXCERPT);
  const file = join(await temp.dir(), name);
  if (typeof content === 'function') await content(file);
  else await writeFile(file, content);
  await temp.write('z-after.txt', EXCERPT);
  const results = await readSourceDir(await temp.dir(), options);
  expect(results.map((r) => r.file)).toEqual([
    file.replace(name, '0-before.txt'),
    file,
    file.replace(name, 'z-after.txt'),
  ]);
  const [before, result, after] = results;
  for (const good of [before, after]) {
    expect(good).toMatchObject({ ok: true, encoding: 'utf-8', text: EXCERPT, warnings: [] });
  }
  if (!result) throw new Error('no result for the file under test');
  return result;
}

export interface ExpectedIssue {
  code: SourceIssue['code'];
  file: string;
  line?: number;
  /** Words of the message that tell what is wrong and what to do. */
  says: readonly (string | RegExp)[];
}

/** An issue names its file (and line), reads as `file:line: message`, and says what it should. */
export function expectIssue(issue: SourceIssue | undefined, expected: ExpectedIssue): void {
  expect(issue).toBeDefined();
  if (!issue) return;
  expect(issue.code).toBe(expected.code);
  expect(issue.file).toBe(expected.file);
  expect(issue.line).toBe(expected.line);
  const place = expected.line === undefined ? expected.file : `${expected.file}:${expected.line}`;
  const line = describeIssue(issue);
  expect(line.startsWith(`${place}: `)).toBe(true);
  expect(line).not.toContain('\n');
  for (const words of expected.says) {
    if (typeof words === 'string') expect(line).toContain(words);
    else expect(line).toMatch(words);
  }
}

/** The error of a failed read (fails the test if it succeeded). */
export function errorOf(result: SourceReadResult): SourceIssue {
  if (result.ok) throw new Error(`expected ${result.file} to fail, it read as ${result.encoding}`);
  return result.error;
}

/** The successful read (fails the test if it did not succeed). */
export function textOf(result: SourceReadResult): Extract<SourceReadResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ${result.file} to read, got: ${describeIssue(result.error)}`);
  return result;
}
