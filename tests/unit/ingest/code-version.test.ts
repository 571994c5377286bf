/**
 * The cache key's code version (issue 20, item 6): every file that changes what a parse produces is
 * part of it, the measure catalogue included — editing a cue must re-tag, not serve stale tags.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CODE_VERSION_INPUTS, codeVersion, codeVersionOf } from '../../../src/lib/ingest/code-version.ts';
import { projectRoot } from '../../../src/lib/paths.ts';

let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'chithi-code-version-'));
  for (const input of CODE_VERSION_INPUTS) cpSync(join(projectRoot(), input), join(copy, input), { recursive: true });
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('codeVersion', () => {
  test('a copy of the inputs hashes like the project itself', () => {
    expect(codeVersionOf(copy)).toBe(codeVersion());
  });

  test('editing the measure catalogue changes the key', () => {
    const before = codeVersionOf(copy);
    appendFileSync(join(copy, 'content', 'measures.yaml'), '\n# a cue edited\n');
    expect(codeVersionOf(copy)).not.toBe(before);
  });

  test('editing the central documents and their measure sets changes the key', () => {
    const before = codeVersionOf(copy);
    appendFileSync(join(copy, 'content', 'data', 'central-documents.yaml'), '\n# a set edited\n');
    expect(codeVersionOf(copy)).not.toBe(before);
  });
});
