/**
 * `chithi ingest` over a folder where the seeds sit among hostile files, made here (bombs, deep
 * nesting, a big page, long and twin names, disguised and empty files, pages in the wrong charset):
 * each gets one line naming it, with the limit and the flag that changes it; each stays within the
 * per-file bounds (time and the worker's peak memory, read from /proc by the pool); the seeds are
 * all still ingested.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestDirectory, type IngestResult } from '../../../src/lib/ingest/ingest.ts';
import { MAX_ID_LENGTH } from '../../../src/lib/directive/parse.ts';
import { encodeTcvn3, asSingleBytes, encodeWindows1258 } from '../source/helpers/legacy-encoders.ts';
import { fixture } from '../source/helpers/formats.ts';
import { docxBomb, docxDeep, docxLyingBomb, htmlBig, htmlDeep, RTF, windowsProgram } from './hostile-files.ts';
import { SEEDS, SEEDS_DIR, tempFolder, type TempFolder } from './temp-folder.ts';

/** The bounds for one file. */
const MAX_FILE_MS = 30_000;
const MAX_PEAK_MB = 1024;

const LONG_NAME = `${'a'.repeat(251)}.txt`;
const TWIN_NFC = 'Thừa Thiên Huế.txt'.normalize('NFC');
const TWIN_NFD = TWIN_NFC.normalize('NFD');
const page = readFileSync(fixture('directive.html'), 'utf8');

let folder: TempFolder;
let result: IngestResult;

function entry(name: string) {
  const found = result.report.files.find((f) => f.file === name);
  if (!found) throw new Error(`no report entry for ${name}`);
  return found;
}

beforeAll(async () => {
  folder = tempFolder('hostile', SEEDS);
  const files: Record<string, Uint8Array | string> = {
    'bomb.docx': await docxBomb(16),
    'lying-bomb.docx': await docxLyingBomb(16),
    'smart-tags.docx': await docxDeep(20_000),
    'deep.html': htmlDeep(200_000),
    'big.html': htmlBig(8),
    'rtf.doc': RTF,
    'program.doc': windowsProgram(),
    'program.docx': windowsProgram(),
    'page.pdf': page,
    'word-2007.doc': readFileSync(fixture('directive.docx')),
    'page-utf8.html': page,
    'page-1258.html': encodeWindows1258(page),
    'page-tcvn3.html': asSingleBytes(encodeTcvn3(page.replace('charset="utf-8"', 'charset="tcvn3"'))),
    [LONG_NAME]: readFileSync(join(SEEDS_DIR, SEEDS[0]!)),
    [TWIN_NFC]: readFileSync(join(SEEDS_DIR, SEEDS[1]!)),
    [TWIN_NFD]: readFileSync(join(SEEDS_DIR, SEEDS[1]!)),
  };
  for (const ext of ['docx', 'doc', 'html', 'pdf', 'png', 'jpg', 'tiff']) files[`empty.${ext}`] = '';
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder.dir, name), bytes);
  copyFileSync(fixture('directive.docx'), join(folder.dir, 'word.docx'));
  result = await ingestDirectory({ dir: folder.dir, cache: false });
  for (const f of result.report.files) {
    console.log(
      `${f.status} ${f.workerMs ?? '-'} ms ${f.peakMemoryMb ?? '-'} MB ${f.messages[0]?.slice(0, 160) ?? ''}`,
    );
  }
}, 300_000);

afterAll(() => folder.remove());

const REFUSED: [name: string, ...says: string[]][] = [
  ['bomb.docx', 'its XML unpacks to 16.0 MiB', 'over the 2.0 MiB limit', '--max-bytes'],
  ['lying-bomb.docx', 'unpacks to more than its ZIP header declares', 'download it again'],
  ['smart-tags.docx', 'nests its elements over 512 levels deep', '--max-depth'],
  ['deep.html', 'this web page nests its elements over 512 levels deep', '--max-depth'],
  ['big.html', 'this web page holds about', 'over the 2.0 MiB limit', '--max-bytes'],
  ['rtf.doc', 'this “.doc” file is an RTF (Rich Text) document', 'save it as .docx'],
  ['program.doc', 'this “.doc” file is a Windows program', 'remove it'],
  ['program.docx', 'this “.docx” file is a Windows program', 'remove it'],
  ...['docx', 'doc', 'html', 'pdf', 'png', 'jpg', 'tiff'].map((ext): [string, string, string] => [
    `empty.${ext}`,
    'the file is empty (0 bytes)',
    'download or copy it again',
  ]),
];

describe('hostile files', () => {
  test.each(REFUSED)('%s is refused with one line naming it and saying what to do', (name, ...says) => {
    const found = entry(name);
    expect(found.status).toBe('rejected');
    expect(found.messages).toHaveLength(1);
    expect(found.messages[0]!.startsWith(`${name}: `)).toBe(true);
    for (const words of says) expect(found.messages[0]).toContain(words);
    // Never the clock as the answer to a bomb, never a library's internals.
    expect(found.messages[0]).not.toMatch(/--file-timeout|stopped after|please report|Corrupted zip|Bug :/);
  });

  test('every file stays within 30 s and 1 GB in its worker', () => {
    const costs = result.report.files.filter((f) => f.workerMs !== undefined);
    expect(costs.length).toBeGreaterThan(REFUSED.length);
    for (const f of costs) {
      expect(f.workerMs, f.file).toBeLessThan(MAX_FILE_MS);
      // /proc exists on the Linux machines the tests run on; the pool reads each worker's VmHWM there.
      expect(f.peakMemoryMb, f.file).toBeDefined();
      expect(f.peakMemoryMb!, f.file).toBeLessThan(MAX_PEAK_MB);
    }
  });

  test('the seeds and the good files beside them are all ingested', () => {
    const ids = result.directives.map((d) => d.id);
    for (const seed of SEEDS) expect(ids).toContain(seed.replace(/\.txt$/, ''));
    expect(ids).toContain('word');
  });

  test('a document whose bytes are another readable format is read as what it is, with a warning', () => {
    expect(entry('page.pdf')).toMatchObject({ status: 'parsed-with-warnings', extractor: 'html' });
    expect(entry('page.pdf').messages[0]).toBe(
      'page.pdf: this “.pdf” file is a web page (HTML) and was read as one (rename it to .html so that other programs open it too)',
    );
    expect(entry('word-2007.doc')).toMatchObject({ extractor: 'docx' });
    const text = (id: string) => result.directives.find((d) => d.id === id)!.text.normalized;
    expect(text('word-2007')).toBe(text('word'));
  });
});

describe('web pages in the wrong charset', () => {
  const text = (id: string) => result.directives.find((d) => d.id === id)?.text.normalized;

  test('Windows-1258 bytes under a utf-8 meta tag are retried, and read as the UTF-8 page reads', () => {
    expect(text('page-1258')).toBe(text('page-utf8'));
    const messages = entry('page-1258.html').messages.join('\n');
    expect(messages).toContain('this web page says its charset is “utf-8”, but its bytes are not UTF-8');
    expect(messages).toContain('Windows-1258');
    expect(messages).not.toContain('letters were lost');
  });

  test('TCVN3 bytes under a label no decoder knows are not read as UTF-8 in silence', () => {
    // TCVN3 has no code for some capitals with tone marks: they come back lowercase (the warning says so).
    expect(text('page-tcvn3')?.toLowerCase()).toBe(text('page-utf8')?.toLowerCase());
    const messages = entry('page-tcvn3.html').messages.join('\n');
    expect(messages).toContain('this web page names a charset no decoder knows (“tcvn3”)');
    expect(messages).toContain('TCVN3');
    expect(messages).not.toContain('\uFFFD');
  });
});

describe('names', () => {
  test('a 255-byte file name gives an id short enough to name the site’s files, ended by a hash', () => {
    const id = entry(LONG_NAME).id!;
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toMatch(/^a+-[0-9a-f]{8}$/);
    // The longest file the build writes for a directive: du-lieu/van-ban/<id>.json (and .txt).
    expect(() => writeFileSync(join(folder.dir, `${id}.json`), '{}')).not.toThrow();
  });

  test('the NFC and NFD spellings of one name give one directive; the twin is skipped with a note', () => {
    expect(entry(TWIN_NFC).status).not.toBe('skipped');
    const twin = result.report.files.find((f) => f.file === TWIN_NFD)!;
    expect(twin.status).toBe('skipped');
    expect(twin.reason).toContain('the same name as “Thừa Thiên Huế.txt”, with its accents stored another way');
    expect(result.directives.filter((d) => d.id.startsWith('thua-thien-hue'))).toHaveLength(1);
  });

  test('no published path is absolute: files outside the project are named relative to their folder', () => {
    expect(result.directives.every((d) => !d.file.startsWith('/'))).toBe(true);
    expect(JSON.stringify(result.directives)).not.toContain(folder.dir);
    expect(JSON.stringify(result.report.files)).not.toContain(folder.dir);
  });
});
