import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSource } from '../../../src/lib/source/read-source.ts';
import { DEFAULT_MAX_BYTES } from '../../../src/lib/source/source-types.ts';
import { BAD_INPUT, EXCERPT } from './helpers/bad-input.ts';
import { errorOf, expectIssue, readAmongGood, textOf } from './helpers/read-among-good.ts';
import { useTempDir } from './helpers/temp-dir.ts';

const bytesOf = (name: string): Uint8Array => {
  const bytes = BAD_INPUT[name];
  if (!bytes) throw new Error(`no fixture ${name}`);
  return bytes;
};

describe('readSource refuses what is not a directive, and says what to do', () => {
  const temp = useTempDir();

  describe('empty files', () => {
    test('a file of 0 bytes', async () => {
      const result = await readAmongGood(temp, 'empty.txt', new Uint8Array(0));
      expect(result.bytes).toBe(0);
      expectIssue(errorOf(result), {
        code: 'empty',
        file: result.file,
        says: ['the file is empty (0 bytes)', "paste the directive's text into it, or remove the file"],
      });
    });

    test('a file of spaces, tabs and blank lines', async () => {
      const result = await readAmongGood(temp, 'blank.txt', ' \n\t\n  \r\n');
      expectIssue(errorOf(result), { code: 'empty', file: result.file, says: ['holds only whitespace', 'paste'] });
    });

    test('a file holding only a byte-order mark', async () => {
      const result = await readAmongGood(temp, 'bom-only.txt', Uint8Array.from([0xef, 0xbb, 0xbf]));
      expectIssue(errorOf(result), { code: 'empty', file: result.file, says: ['only whitespace'] });
    });
  });

  describe('binary files, named by their magic number', () => {
    test.each([
      [
        '04-pdf-renamed.txt',
        'binary',
        'this is a PDF document',
        'export or save it as plain text (UTF-8) and drop the .txt in',
      ],
      ['05-docx-renamed.txt', 'binary', 'this is a Word document (.docx)', 'export or save it as plain text (UTF-8)'],
      ['06-scan-renamed.txt', 'binary', 'this is a PNG image', 'run OCR and save the result as a UTF-8 .txt'],
      ['08-rtf.txt', 'rich-text', 'this is an RTF (Rich Text) document', 'WordPad'],
    ] as const)('%s → %s: "%s"', async (name, code, what, advice) => {
      const result = await readAmongGood(temp, name, bytesOf(name));
      expectIssue(errorOf(result), { code, file: result.file, says: [what, 'not plain text', advice] });
    });

    test('an old Word 97–2003 .doc', async () => {
      const ole2 = Uint8Array.from([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...Array.from({ length: 504 }, () => 0),
      ]);
      const result = await readAmongGood(temp, 'chi-thi.doc.txt', ole2);
      expectIssue(errorOf(result), {
        code: 'binary',
        file: result.file,
        says: ['an old Word/Excel document (.doc/.xls)'],
      });
    });

    test('a JPEG photo of the page', async () => {
      const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF')]);
      const result = await readAmongGood(temp, 'photo.txt', jpeg);
      expectIssue(errorOf(result), {
        code: 'binary',
        file: result.file,
        says: ['a JPEG image', 'a scan has no text to read'],
      });
    });

    test('any other file full of NUL and control bytes', async () => {
      const result = await readAmongGood(temp, '07-binary.txt', bytesOf('07-binary.txt'));
      expectIssue(errorOf(result), {
        code: 'binary',
        file: result.file,
        says: ['this is a binary file, not text', 'save or export it as plain text, UTF-8'],
      });
    });
  });

  describe('files over the size limit', () => {
    test('a 20 MB file is refused by default, with its size, the limit and how to raise it', async () => {
      const chunk = Buffer.from(`${EXCERPT}\n`);
      const big = Buffer.alloc(20 * 1024 * 1024, chunk);
      const result = await readAmongGood(temp, 'cong-bao-ca-nam.txt', big);
      expect(result).toMatchObject({ ok: false, bytes: big.length });
      expectIssue(errorOf(result), {
        code: 'too-large',
        file: result.file,
        says: [
          '20.0 MiB',
          'over the 2.0 MiB limit',
          'a few KB to a few hundred KB',
          '`chithi ingest --max-bytes 20971520`',
          'costs seconds per MiB in ingest and in the site build',
          '`npm run bench long-directive`',
        ],
      });
    });

    test('the limit is checked with stat, before reading: an 8 GiB (sparse) file is refused at once', async () => {
      const file = await temp.write('huge.txt', '');
      await truncate(file, 8 * 1024 ** 3);
      const started = performance.now();
      const result = await readSource(file);
      expect(performance.now() - started).toBeLessThan(1000);
      expectIssue(errorOf(result), { code: 'too-large', file, says: ['8192.0 MiB', '--max-bytes 8589934592'] });
    });

    test('maxBytes raises (or lowers) the limit', async () => {
      const threeMiB = Buffer.alloc(3 * 1024 * 1024, Buffer.from(`${EXCERPT}\n`));
      const file = await temp.write('long.txt', threeMiB);
      expect(errorOf(await readSource(file)).code).toBe('too-large');
      expect(textOf(await readSource(file, { maxBytes: 4 * 1024 * 1024 })).bytes).toBe(threeMiB.length);
      expectIssue(errorOf(await readSource(file, { maxBytes: 1000 })), {
        code: 'too-large',
        file,
        says: ['3.0 MiB, over the 1000 bytes limit', '--max-bytes 3145728'],
      });
    });

    test('the default limit is 2 MiB, and a limit that is not a positive whole number is a programming error', async () => {
      expect(DEFAULT_MAX_BYTES).toBe(2 * 1024 * 1024);
      const file = await temp.write('x.txt', EXCERPT);
      await expect(readSource(file, { maxBytes: 0 })).rejects.toThrow(RangeError);
      await expect(readSource(file, { maxBytes: 1.5 })).rejects.toThrow(/positive whole number/);
    });
  });

  describe('files that cannot be opened', () => {
    test('a missing file', async () => {
      const file = join(await temp.dir(), 'missing.txt');
      const result = await readSource(file);
      expect(result).toMatchObject({ ok: false, bytes: 0 });
      expectIssue(errorOf(result), { code: 'unreadable', file, says: ['cannot be opened', 'does not exist'] });
    });

    test('a link to nowhere', async () => {
      const result = await readAmongGood(temp, 'link.txt', (path) => symlink(`${path}.moved-away`, path));
      expect(result).toMatchObject({ ok: false, bytes: 0 });
      expectIssue(errorOf(result), { code: 'unreadable', file: result.file, says: ['a broken link'] });
    });

    test('a folder whose name ends in .txt', async () => {
      const result = await readAmongGood(temp, 'not-a-file.txt', async (path) => {
        await mkdir(path);
        await writeFile(join(path, 'inside.txt'), EXCERPT);
      });
      expectIssue(errorOf(result), {
        code: 'unreadable',
        file: result.file,
        says: ['it is a folder', 'is a regular file'],
      });
    });
  });
});
