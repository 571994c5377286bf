/**
 * The checks that run before a reader is let loose on a file: the ZIP's directory and XML parts of a
 * Word file (zip-guard.ts), a web page's depth and text (html-guard.ts), the first bytes that pick
 * the reader (file-kinds.ts). Real files pass them untouched; each hostile shape is caught.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sniffDocument } from '../../../src/lib/source/file-kinds.ts';
import { measureHtml } from '../../../src/lib/source/extract/html-guard.ts';
import { checkZip, nestingDepth } from '../../../src/lib/source/extract/zip-guard.ts';
import { docxBomb, docxDeep, docxLyingBomb, htmlDeep, RTF, windowsProgram } from '../ingest/hostile-files.ts';
import { fixture } from './helpers/formats.ts';

const LIMITS = { maxEntries: 10_000, maxXmlBytes: 4 * 1024 * 1024, maxDepth: 512, maxTextBytes: 2 * 1024 * 1024 };

describe('checkZip', () => {
  test('a real Word file passes', () => {
    expect(checkZip(readFileSync(fixture('directive.docx')), LIMITS)).toBeNull();
    expect(checkZip(readFileSync(fixture('directive-tcvn3.docx')), LIMITS)).toBeNull();
  });

  test('a bomb is refused from its declared sizes, before anything is inflated', async () => {
    expect(checkZip(await docxBomb(8), LIMITS)).toMatchObject({
      problem: 'too-large',
      part: 'word/document.xml',
      lying: false,
      bytes: expect.any(Number),
    });
  });

  test('a part that inflates past its declared size is stopped at that size', async () => {
    expect(checkZip(await docxLyingBomb(8), LIMITS)).toMatchObject({ problem: 'too-large', lying: true });
  });

  test('deep nesting is refused', async () => {
    expect(checkZip(await docxDeep(2000), LIMITS)).toMatchObject({ problem: 'too-deep', part: 'word/document.xml' });
  });

  test('text over the limit is counted in the runs before mammoth', async () => {
    expect(checkZip(await docxBomb(3), { ...LIMITS, maxTextBytes: 1024 * 1024 })).toMatchObject({
      problem: 'too-much-text',
    });
  });

  test('a file that is not a ZIP says so', () => {
    expect(checkZip(Buffer.from('not a zip at all'), LIMITS)).toMatchObject({ problem: 'not-zip' });
  });
});

describe('nestingDepth', () => {
  test('counts opening tags, not self-closing ones, declarations or comments', () => {
    const xml = Buffer.from('<?xml version="1.0"?><!-- c --><a><b/><c><d>x</d></c></a>');
    expect(nestingDepth(xml, 100)).toBe(3);
  });
});

describe('measureHtml', () => {
  test('unclosed paragraphs and list items, void elements and scripts do not count as depth', () => {
    const html = `<html><body><div>${'<p>x<br><img src=a>'.repeat(1000)}<ul>${'<li>y'.repeat(1000)}</ul><script>${'<div>'.repeat(1000)}</script></div></body></html>`;
    const measure = measureHtml(html, 512);
    expect(measure.depth).toBe(2);
    expect(measure.stripped).not.toContain('<script>');
  });

  test('200,000 nested divs are measured in one pass, and stop the count past the limit', () => {
    const started = performance.now();
    expect(measureHtml(htmlDeep(200_000).toString(), 512).depth).toBe(513);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('sniffDocument', () => {
  test.each([
    ['directive.pdf', 'pdf'],
    ['directive.docx', 'docx'],
    ['directive.doc', 'doc'],
    ['directive.html', 'html'],
    ['directive-scan.png', 'image'],
    ['directive.txt', 'text'],
  ])('%s reads as %s', (name, reader) => {
    expect(sniffDocument(readFileSync(fixture(name)))).toEqual({ kind: 'readable', reader });
  });

  test('RTF and programs are named; unknown binary is neither', () => {
    expect(sniffDocument(RTF)).toMatchObject({
      kind: 'unreadable',
      signature: { kind: 'an RTF (Rich Text) document' },
    });
    expect(sniffDocument(windowsProgram())).toMatchObject({
      kind: 'unreadable',
      signature: { kind: 'a Windows program (.exe/.dll)' },
    });
    expect(sniffDocument(Buffer.from([1, 2, 3, 0, 0, 0, 4, 5, 0, 0]))).toEqual({ kind: 'unknown-binary' });
  });
});
