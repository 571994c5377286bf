import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { describeIssue } from '../../../src/lib/source/describe-issue.ts';
import { readSourceDir } from './helpers/read-source-dir.ts';
import type { SourceReadResult } from '../../../src/lib/source/source-types.ts';
import { BAD_INPUT, EXCERPT } from './helpers/bad-input.ts';
import { useTempDir } from './helpers/temp-dir.ts';

const BAD_INPUT_DIR = fileURLToPath(new URL('../../fixtures/bad-input/', import.meta.url));

/** One row per file: what came of it, in a form that reads as a table. */
function summarise(result: SourceReadResult): string {
  const name = result.file.split('/').pop() ?? '';
  if (!result.ok) return `${name}: error ${result.error.code}`;
  const warnings = result.warnings.map((w) => `${w.code}@${w.line ?? '-'}`).join(' ');
  const same = result.text === EXCERPT ? '' : ' (text differs)';
  return `${name}: ${result.encoding}${warnings ? ` ${warnings}` : ''}${same}`;
}

describe('readSourceDir', () => {
  const temp = useTempDir();

  test('the committed tests/fixtures/bad-input/ files are the ones the helpers build', async () => {
    if (process.env['UPDATE_BAD_INPUT'] === '1') {
      await mkdir(BAD_INPUT_DIR, { recursive: true });
      for (const [name, bytes] of Object.entries(BAD_INPUT)) await writeFile(join(BAD_INPUT_DIR, name), bytes);
    }
    expect((await readdir(BAD_INPUT_DIR)).sort()).toEqual(Object.keys(BAD_INPUT).sort());
    for (const [name, bytes] of Object.entries(BAD_INPUT)) {
      expect(new Uint8Array(await readFile(join(BAD_INPUT_DIR, name))), name).toEqual(bytes);
    }
  });

  test('reads a folder of good and bad files: one result per file, in name order, never throwing', async () => {
    const results = await readSourceDir(BAD_INPUT_DIR);
    expect(results.map(summarise)).toEqual([
      '01-good-utf8.txt: utf-8',
      '02-empty.txt: error empty',
      '03-only-whitespace.txt: error empty',
      '04-pdf-renamed.txt: error binary',
      '05-docx-renamed.txt: error binary',
      '06-scan-renamed.txt: error binary',
      '07-binary.txt: error binary',
      '08-rtf.txt: error rich-text',
      '09-windows-1258.txt: windows-1258 legacy-encoding@1',
      '10-tcvn3-raw-bytes.txt: tcvn3 converted-legacy-font@1',
      '11-tcvn3-as-utf8.txt: tcvn3 converted-legacy-font@1',
      '12-vni-raw-bytes.txt: vni converted-legacy-font@1',
      '13-vni-as-utf8.txt: vni converted-legacy-font@1',
      '14-double-encoded.txt: utf-8-double-encoded converted-double-encoding@1',
      '15-nfd.txt: utf-8 nfd@1 (text differs)',
      '16-utf8-bom.txt: utf-8-bom',
      '17-utf16le-bom.txt: utf-16le',
      '18-utf16be-bom.txt: utf-16be',
      '19-replacement-and-c1.txt: utf-8 replacement-char@3 control-chars@5 (text differs)',
      '20-damaged-utf8.txt: utf-8 invalid-utf8@5 (text differs)',
      '21-mixed-line-endings.txt: utf-8 mixed-line-endings@3 (text differs)',
    ]);
  });

  test('every issue in the folder is one `file:line: message` line naming its file', async () => {
    const results = await readSourceDir(BAD_INPUT_DIR);
    const issues = results.flatMap((r) => (r.ok ? r.warnings : [r.error]));
    expect(issues.length).toBeGreaterThan(15);
    for (const issue of issues) {
      const line = describeIssue(issue);
      expect(line.startsWith(`${issue.file}${issue.line === undefined ? '' : `:${issue.line}`}: `)).toBe(true);
      expect(line).toMatch(/\(.+\)$/); // ends with what to do
      expect(line.startsWith(BAD_INPUT_DIR)).toBe(true);
    }
  });

  test('reads .txt and .md (any case), skips other files, hidden files and subfolders', async () => {
    const dir = await temp.dir();
    for (const name of ['b.md', 'a.txt', 'C.TXT', 'notes.docx', '.~lock.a.txt', 'image.png'])
      await temp.write(name, EXCERPT);
    await mkdir(join(dir, 'old'));
    await writeFile(join(dir, 'old', 'inside.txt'), EXCERPT);
    const results = await readSourceDir(dir);
    expect(results.map((r) => r.file)).toEqual([join(dir, 'C.TXT'), join(dir, 'a.txt'), join(dir, 'b.md')]);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  test('passes maxBytes on to every file', async () => {
    await temp.write('small.txt', 'Chỉ thị');
    await temp.write('large.txt', EXCERPT);
    const results = await readSourceDir(await temp.dir(), { maxBytes: 100 });
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['too-large', 'ok']);
  });

  test('a folder that does not exist is the one thing that throws', async () => {
    await expect(readSourceDir(join(await temp.dir(), 'nope'))).rejects.toThrow(/ENOENT/);
  });
});
