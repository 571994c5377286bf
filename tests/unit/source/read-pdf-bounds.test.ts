/**
 * PDFs that would take the machine or confuse the reader, made by the test as it runs: a 20k×20k
 * image is refused from its dictionary before any pixel is decoded (the reliability probe saw pdfjs
 * take 2.7 GB deciding that such a page is a scan); a page tree that contains itself, and a web page
 * saved under a .pdf name, each get one line saying what is wrong and what to do.
 */
import { resourceUsage } from 'node:process';
import { describe, expect, test } from 'vitest';
import { readSource } from '../../../src/lib/source/read-source.ts';
import { largestImage } from '../../../src/lib/source/extract/pdf-image-sizes.ts';
import { expectError, fixture } from './helpers/formats.ts';
import { cyclicPagesPdf, hugeImagePdf } from './helpers/hostile-pdf.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { readFile } from 'node:fs/promises';

const MB = 1024 * 1024;

describe('a PDF image is sized from its dictionary, before anything is decoded', () => {
  const temp = useTempDir();

  test('a 20000×20000 scan is refused with the file, the limit and the flag, in far less memory than a decode', async () => {
    const bytes = await hugeImagePdf(20_000);
    expect(bytes.length).toBeLessThan(2 * MB);
    const file = await temp.write('huge-scan.pdf', bytes);
    const before = resourceUsage().maxRSS * 1024;
    const result = await readSource(file);
    const grew = resourceUsage().maxRSS * 1024 - before;
    expectError(result, 'too-large', '20000×20000 image', '400 megapixels', 'over the 100 megapixels limit');
    expect(!result.ok && result.error.message).toContain('--max-image-megapixels');
    expect(!result.ok && result.error.message.split('\n')).toHaveLength(1);
    // Decoding it would hold 400 MB of grey pixels at the very least (1.6 GB as RGBA).
    console.log(`20k×20k PDF refused; the process's peak memory grew by ${Math.round(grew / MB)} MB`);
    expect(grew).toBeLessThan(200 * MB);
  });

  test('the limit is an option, and an image under it is no refusal', async () => {
    const file = await temp.write('big-scan.pdf', await hugeImagePdf(3_000));
    const refused = await readSource(file, { maxImagePixels: 5_000_000, tesseract: false });
    expectError(refused, 'too-large', '3000×3000 image', 'over the 5 megapixels limit');
    const read = await readSource(file, { tesseract: false });
    // Under the limit, the page is a scan like any other (here with OCR turned off).
    expectError(read, 'ocr-unavailable', 'page 1 of this PDF is a scan');
  });

  test('the sizes come from the image dictionaries of a real scan', async () => {
    const scan = await readFile(fixture('directive-scan-signed.pdf'));
    expect(largestImage(scan)).toEqual({ width: 2481, height: 3508, bitsPerComponent: 8 });
    expect(largestImage(await readFile(fixture('directive.pdf')))).toBeNull();
  });
});

describe('a broken or disguised PDF gets one line saying what to do', () => {
  const temp = useTempDir();

  test('a page tree that contains itself', async () => {
    const result = await readSource(await temp.write('cyclic.pdf', cyclicPagesPdf()));
    expectError(result, 'corrupt', 'its list of pages loops back on itself', 'qpdf');
    expect(!result.ok && result.error.message).not.toContain('please report');
  });
  // A web page saved with a .pdf name never reaches the PDF reader: its first bytes send it to the web
  // page reader, with a warning to rename it (tests/unit/ingest/hostile-ingest.test.ts).
});
