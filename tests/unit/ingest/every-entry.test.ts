/**
 * The report accounts for every entry of the folder (issue 12, items 3 and 9): each is parsed,
 * rejected with a reason, or skipped with a reason; only regular files are ever read, so a link to
 * /etc/passwd is neither read nor published, and a FIFO cannot block the run.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatReport, ingestDirectory, type IngestResult } from '../../../src/lib/ingest/ingest.ts';
import { SEEDS, SEEDS_DIR, tempFolder, type TempFolder } from './temp-folder.ts';

const [SEED_A, SEED_B] = SEEDS as [string, string];
const NEWLINE_NAME = 'two\nlines.txt';
let folder: TempFolder;
let result: IngestResult;

function entry(name: string) {
  const found = result.report.files.find((f) => f.file === name);
  if (!found) throw new Error(`no report entry for ${JSON.stringify(name)}`);
  return found;
}

beforeAll(async () => {
  folder = tempFolder('every-entry', [SEED_A, SEED_B]);
  const at = (name: string) => join(folder.dir, name);
  symlinkSync('/etc/passwd', at('passwd.txt'));
  execFileSync('mkfifo', [at('pipe.txt')]);
  mkdirSync(at('old-versions'));
  writeFileSync(join(at('old-versions'), 'inside.txt'), 'Chỉ thị');
  writeFileSync(at('.hidden.txt'), 'Chỉ thị');
  copyFileSync(join(SEEDS_DIR, SEED_A), at(`${SEED_A}.bak`));
  copyFileSync(join(SEEDS_DIR, SEED_A), at(`${SEED_A}~`));
  writeFileSync(at('nobody.meta.yaml'), 'number: 1/CT-UBND\n');
  copyFileSync(join(SEEDS_DIR, SEED_B), at('with-folder-sidecar.txt'));
  mkdirSync(at('with-folder-sidecar.meta.yaml'));
  copyFileSync(join(SEEDS_DIR, SEED_B), at('with-sidecar.txt'));
  writeFileSync(at('with-sidecar.meta.yaml'), 'number: 52/CT-UBND\n');
  copyFileSync(join(SEEDS_DIR, SEED_B), at(NEWLINE_NAME));
  writeFileSync(at('empty.txt'), '');
  result = await ingestDirectory({ dir: folder.dir, cache: folder.cache });
});

afterAll(() => folder.remove());

describe('ingest accounts for every entry of the folder', () => {
  test('one report line per entry (sidecars with their document), and the counts add up', () => {
    const { report } = result;
    console.log(formatReport(report));
    const names = readdirSync(folder.dir);
    expect(report.entries).toBe(names.length);
    expect(report.parsed + report.rejected + report.skipped + report.sidecars).toBe(report.entries);
    expect(report.files.length + report.sidecars).toBe(report.entries);
    expect(report.sidecars).toBe(1);
    expect(report.parsed).toBe(5); // the two seeds, the two with odd sidecars, the newline name
    expect(report.rejected).toBe(1);
  });

  test.each([
    ['passwd.txt', /symbolic link/],
    ['pipe.txt', /named pipe/],
    ['old-versions', /folder/],
    ['.hidden.txt', /hidden/],
    [`${SEED_A}.bak`, /backup/],
    [`${SEED_A}~`, /backup/],
    ['nobody.meta.yaml', /sidecar with no document.*nobody\.\*/],
    ['with-folder-sidecar.meta.yaml', /sidecar that is a folder/],
  ])('%s is skipped, with the reason', (name, reason) => {
    const f = entry(name);
    expect(f.status).toBe('skipped');
    expect(f.messages).toHaveLength(1);
    expect(f.messages[0]).toContain(name);
    expect(f.messages[0]).toMatch(reason);
  });

  test('the link to /etc/passwd is not read: nothing of it is in the corpus or the report', () => {
    const published = JSON.stringify(result);
    expect(published).not.toMatch(/root:x?:0:0/);
    expect(result.directives.map((d) => d.file)).not.toContainEqual(expect.stringContaining('passwd'));
  });

  test('a sidecar is applied to its document and named on its line; a folder-sidecar is not', () => {
    expect(entry('with-sidecar.txt').sidecar).toMatch(/with-sidecar\.meta\.yaml$/);
    expect(result.directives.find((d) => d.id === 'with-sidecar')?.number).toMatchObject({
      provenance: 'provided',
      value: '52/CT-UBND',
    });
    expect(entry('with-folder-sidecar.txt').status).not.toBe('rejected');
    expect(entry('with-folder-sidecar.txt').sidecar).toBeUndefined();
  });

  test('an empty file is rejected, naming it, and every other document still ingests', () => {
    expect(entry('empty.txt')).toMatchObject({
      status: 'rejected',
      messages: [expect.stringMatching(/empty\.txt: .*empty/i)],
    });
    expect(result.directives.map((d) => d.id)).toEqual(
      expect.arrayContaining([SEED_A.replace(/\.txt$/, ''), SEED_B.replace(/\.txt$/, ''), 'with-sidecar']),
    );
  });

  test('a newline in a file name is escaped in the printed report, which keeps one line per entry', () => {
    expect(entry(NEWLINE_NAME).status).not.toBe('rejected');
    const lines = formatReport(result.report).split('\n');
    const entryLines = lines.filter((l) => /^ {2}[✓!✗–] /.test(l));
    expect(entryLines).toHaveLength(result.report.files.length);
    expect(lines.some((l) => l.includes('two\\nlines.txt'))).toBe(true);
    expect(lines.every((l) => l === lines[0] || l.startsWith('  '))).toBe(true);
  });
});
