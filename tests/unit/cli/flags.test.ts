/**
 * Issue 12, item 10: the CLI as a user runs it (a separate process): every bad flag is refused
 * with a message naming it and a non-zero exit, before any work starts; no stack trace for a user
 * error; control characters in a directive's text never reach the terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'chithi-cli-flags-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function chithi(...args: string[]) {
  // MEILI_HOST points nowhere: a command that wrongly went on to search would fail differently.
  const run = spawnSync(process.execPath, ['scripts/chithi.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MEILI_HOST: 'http://127.0.0.1:9', MEILI_MASTER_KEY: 'x'.repeat(32) },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A stack frame line, as Node prints them. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('bad flags are refused with a message and a non-zero exit', () => {
  test.each([
    [['precedent', 'cách ly', '--limit', '-5'], /--limit <n>' argument '-5' is invalid/],
    [['precedent', 'cách ly', '--limit', '3.5'], /--limit <n>' argument '3.5' is invalid/],
    [['synthetic', '--out', 'x', '--directives', '-1'], /--directives <n>' argument '-1' is invalid/],
    [['search', 'cách ly', '--from', '2021-13-45'], /“2021-13-45” is not a day on the calendar/],
    [['search', 'cách ly', '--to', '2021-02-30'], /“2021-02-30” is not a day on the calendar/],
    [['search', 'cách ly', '--from', '2021-03-01', '--to', '2021-02-01'], /--from 2021-03-01 is after --to 2021-02-01/],
    [['search', 'cách ly', '--limit', '0'], /--limit <n>' argument '0' is invalid/],
    [['search', 'cách ly', '--year', '21'], /a year is four digits/],
    [['compare', '--measure', 'nope'], /unknown measure "nope"; known: .*masks-5k/],
    [['compare', '--measure', 'vaccination', '--max-columns', 'many'], /--max-columns <n>' argument 'many' is invalid/],
    [['compare'], /say what to compare/],
    [['parse', 'content/directives/son-la-2021-ct-ubnd-thay-the-24.txt', '--max-bytes', '-1'], /--max-bytes/],
  ])('chithi %j', (args, message) => {
    const run = chithi(...args);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  test('a missing corpus is a message and a fix, not a stack trace', () => {
    const run = chithi('precedent', 'cách ly', '--corpus', join(scratch, 'nothing-here'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no corpus in .*nothing-here: run `npx chithi ingest` first/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  test('a search server that does not answer gets advice, not a stack trace', () => {
    const run = chithi('search', 'cách ly');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cannot reach MEILI_HOST=http:\/\/127\.0\.0\.1:9/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('what the CLI prints', () => {
  test('terminal escape codes inside a directive never reach the terminal', () => {
    const file = join(scratch, 'escape.txt');
    // Retitle the window, clear the screen, a bidi override: all would be obeyed by a terminal.
    writeFileSync(
      file,
      'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 1/CT-UBND\x1b]0;pwned\x07\n\nCHỈ THỊ\nVề việc \x1b[2Jphòng, chống dịch\u202e\n\n1. Cách ly\x9b31m y tế.\n',
    );
    const run = chithi('parse', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('phòng, chống dịch');
    expect(run.stdout).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  });
});
