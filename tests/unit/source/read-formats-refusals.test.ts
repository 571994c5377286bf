/**
 * Bad documents: each gets one clear message naming the file and saying what to do, and the good
 * files beside it (a PDF, a Word file, a web page, a text file) are still read. Each case is read in
 * a folder with them, as ingest reads content/directives/.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeIssue } from '../../../src/lib/source/describe-issue.ts';
import { readSource } from '../../../src/lib/source/read-source.ts';
import type { ReadSourceOptions, SourceReadResult } from '../../../src/lib/source/source-types.ts';
import { characterErrorRate, expectError, fixture, readFolder } from './helpers/formats.ts';
import { useTempDir } from './helpers/temp-dir.ts';

const GOOD = ['directive.docx', 'directive.html', 'directive.pdf', 'directive.txt'];
const INSTALL = 'apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils';

describe('bad documents are refused one by one, and the others are still read', () => {
  const temp = useTempDir();

  /** Copies the good files and `bad` (fixture name → name in the folder) into a folder, reads it all. */
  async function readAmongGoodDocuments(
    bad: string,
    as: string = bad,
    options: ReadSourceOptions = {},
  ): Promise<SourceReadResult> {
    const dir = await temp.dir();
    for (const name of GOOD) await copyFile(fixture(name), join(dir, `good-${name}`));
    await copyFile(fixture(bad), join(dir, as));
    const results = await readFolder(dir, options);
    const others = results.filter((r) => !r.file.endsWith(as));
    expect(others.map((r) => [r.file.split('/').at(-1), r.ok])).toEqual(GOOD.map((name) => [`good-${name}`, true]));
    const result = results.find((r) => r.file.endsWith(as))!;
    console.log(describeIssue(result.ok ? { code: 'empty', file: result.file, message: 'read' } : result.error));
    return result;
  }

  test('an encrypted PDF', async () => {
    expectError(
      await readAmongGoodDocuments('encrypted.pdf'),
      'encrypted',
      'protected by a password',
      'without protection',
    );
  });

  test('a 300-page PDF is refused unread past the page cap, rather than read in part', async () => {
    const result = await readAmongGoodDocuments('300-pages.pdf');
    expectError(result, 'too-many-pages', 'has 300 pages, over the 60-page limit', '--max-pages');
  });

  test('the page cap is an option', async () => {
    const result = await readSource(fixture('300-pages.pdf'), { maxPages: 300 });
    expect(result.ok).toBe(true);
    expect(result.ok && result.pageCount).toBe(300);
  });

  test('a scanned PDF with no Tesseract: the message names the file and the apt-get line', async () => {
    const result = await readAmongGoodDocuments('directive-scan.pdf', 'scan.pdf', {
      tesseract: '/nonexistent/tesseract',
    });
    expectError(
      result,
      'ocr-unavailable',
      '2 pages of this PDF are scans with no text layer',
      'is not installed',
      INSTALL,
    );
  });

  test('a scanned image with no Tesseract on PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const result = await readSource(fixture('directive-scan.png'));
      expectError(result, 'ocr-unavailable', 'this is a scanned image', INSTALL);
    } finally {
      process.env.PATH = path;
    }
  });

  test('a PDF with text pages and a scanned page, no Tesseract: the text pages are read, the scan named', async () => {
    const result = await readSource(fixture('directive-mixed.pdf'), { tesseract: false });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ocr).toBeUndefined();
    expect(result.text).toContain('Đầu Thanh Tùng');
    expect(result.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('page 1 of this PDF is a scan with no text layer'),
    );
  });

  test('OCR that runs past its time limit is stopped, and says so', async () => {
    // Alone: a 0.3 s limit is for the scan, not for its neighbours on a loaded machine.
    const result = await readSource(fixture('directive-scan.png'), { toolTimeoutMs: 300 });
    expectError(result, 'timeout', 'reading stopped: OCR: tesseract ran past 0.3 s');
  });

  test('a corrupt Word file', async () => {
    expectError(
      await readAmongGoodDocuments('corrupt.docx', 'broken.docx'),
      'corrupt',
      'Word document (.docx)',
      'download it again',
    );
  });

  test('a web page with no main content', async () => {
    expectError(
      await readAmongGoodDocuments('no-content.html'),
      'no-text',
      'no main content was found in this web page',
    );
  });

  test('an image of nothing (a blank page)', async () => {
    expectError(await readAmongGoodDocuments('blank.png'), 'no-text', 'OCR found no text in this image');
  });

  test('a file of a type chithi does not read is skipped with a message', async () => {
    const dir = await temp.dir();
    await copyFile(fixture('directive.docx'), join(dir, 'bang-tong-hop.xlsx'));
    expectError(
      await readSource(join(dir, 'bang-tong-hop.xlsx')),
      'unsupported',
      'skipped: a “.xlsx” file',
      '.pdf, .docx',
    );
  });

  test('a .doc that holds plain text is read as text, with a warning to rename it', async () => {
    const dir = await temp.dir();
    await copyFile(fixture('directive.txt'), join(dir, 'not-word.doc'));
    const result = await readSource(join(dir, 'not-word.doc'));
    expect(result.ok && result.extractor).toBe('text');
    expect(result.ok && result.warnings[0]).toMatchObject({
      code: 'wrong-extension',
      message: expect.stringContaining('this “.doc” file is a plain text file and was read as one (rename it to .txt'),
    });
  });

  test('a PDF renamed to .txt is still refused as a PDF by the text reader', async () => {
    const dir = await temp.dir();
    await copyFile(fixture('directive.pdf'), join(dir, 'renamed.txt'));
    expectError(await readSource(join(dir, 'renamed.txt')), 'binary', 'this is a PDF document');
  });
});

describe('characterErrorRate', () => {
  test('counts insertions, deletions and substitutions over the reference length', async () => {
    expect(characterErrorRate('Chỉ thị', 'Chỉ thị')).toBe(0);
    expect(characterErrorRate('Chi thị', 'Chỉ thị')).toBeCloseTo(1 / 7);
    expect(characterErrorRate('Chỉ  thị\n', 'Chỉ thị 1')).toBeCloseTo(2 / 9);
    expect(characterErrorRate(await readFile(fixture('directive.txt'), 'utf8'), '')).toBeGreaterThan(1);
  });
});
