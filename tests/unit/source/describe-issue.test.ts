import { describe, expect, test } from 'vitest';
import { describeIssue, formatBytes } from '../../../src/lib/source/describe-issue.ts';

describe('describeIssue', () => {
  test('puts the file and line first, as compilers do, so editors can jump there', () => {
    expect(
      describeIssue({
        code: 'nfd',
        file: 'content/directives/x.txt',
        line: 12,
        message: 'accents are decomposed (nothing to do)',
      }),
    ).toBe('content/directives/x.txt:12: accents are decomposed (nothing to do)');
  });

  test('leaves the line out when the issue is about the whole file', () => {
    expect(
      describeIssue({ code: 'empty', file: 'content/directives/x.txt', message: 'the file is empty (remove it)' }),
    ).toBe('content/directives/x.txt: the file is empty (remove it)');
  });
});

describe('formatBytes', () => {
  test.each([
    [0, '0 bytes'],
    [1000, '1000 bytes'],
    [19755, '19.3 KiB'],
    [2 * 1024 * 1024, '2.0 MiB'],
    [20 * 1024 * 1024, '20.0 MiB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
