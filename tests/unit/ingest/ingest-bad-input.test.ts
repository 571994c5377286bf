/**
 * `chithi ingest` over a folder where the five seeds sit among every kind of bad input a user can
 * drop in. Each bad file gets a message naming it (and the line, where there is one); the seeds
 * are all still ingested; the report accounts for every file.
 */
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
  openSync,
  ftruncateSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatReport, ingestDirectory, type IngestReport } from '../../../src/lib/ingest/ingest.ts';
import type { Directive } from '../../../src/lib/directive/schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seeds = readdirSync(join(root, 'content/directives')).filter((f) => f.endsWith('.txt'));
const badDir = join(root, 'tests/fixtures/bad-input');
let dir: string;
let report: IngestReport;
let directives: Directive[];

function entry(name: string) {
  const found = report.files.find((f) => f.file === name);
  if (!found) throw new Error(`no report entry for ${name}`);
  return found;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chithi-ingest-'));
  for (const seed of seeds) copyFileSync(join(root, 'content/directives', seed), join(dir, seed));
  for (const bad of readdirSync(badDir)) copyFileSync(join(badDir, bad), join(dir, `bad-${bad}`));
  // 20 MB of text: refused by size before it is read.
  const big = openSync(join(dir, 'bad-huge.txt'), 'w');
  ftruncateSync(big, 20 * 1024 * 1024);
  closeSync(big);
  // A fragment with no header: ingested, with warnings.
  writeFileSync(
    join(dir, 'fragment.txt'),
    '- Chỉ đạo thực hiện sâu rộng, nghiêm túc yêu cầu "5K" trong phòng, chống dịch bệnh, trước hết là việc đeo khẩu trang, giữ khoảng cách.\n',
  );
  // A broken override beside one seed: that directive is rejected with the override's file and line.
  copyFileSync(join(root, 'content/directives', seeds[0]!), join(dir, 'with-bad-override.txt'));
  writeFileSync(join(dir, 'with-bad-override.meta.yaml'), 'sourceUrl: https://example.org/x\ndate: 22/7/2021\n');
  ({ report, directives } = await ingestDirectory({ dir, cache: false }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest among bad input', () => {
  test('the report accounts for every file', () => {
    const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
    expect(report.seen).toBe(files.length);
    expect(report.parsed + report.rejected).toBe(report.seen);
    console.log(formatReport(report));
  });

  test('the five seeds are all still ingested, with their province', () => {
    const ids = directives.map((d) => d.id);
    for (const seed of seeds) expect(ids).toContain(seed.replace(/\.txt$/, ''));
    expect(directives.find((d) => d.id.startsWith('hung-yen'))?.province?.value.id).toBe('hung-yen');
  });

  test.each([
    ['bad-02-empty.txt', /empty/i],
    ['bad-03-only-whitespace.txt', /empty|whitespace/i],
    ['bad-04-pdf-renamed.txt', /PDF/],
    ['bad-05-docx-renamed.txt', /Word|DOCX|ZIP/i],
    ['bad-07-binary.txt', /binary/i],
    ['bad-huge.txt', /20(\.0)? MiB|20 MB|too large/i],
  ])('%s is rejected with a message that names it and says why', (name, reason) => {
    const f = entry(name);
    expect(f.status).toBe('rejected');
    expect(f.messages[0]).toContain(name);
    expect(f.messages[0]).toMatch(reason);
  });

  test('the big file’s message says how to raise the limit', () => {
    expect(entry('bad-huge.txt').messages[0]).toMatch(/--max-bytes/);
  });

  test.each([
    ['bad-09-windows-1258.txt', /Windows-1258/i],
    ['bad-10-tcvn3-raw-bytes.txt', /TCVN3/],
    ['bad-13-vni-as-utf8.txt', /VNI/],
    ['bad-15-nfd.txt', /NFD|decomposed/i],
  ])('%s is converted and ingested, with a warning that says from what', (name, warning) => {
    const f = entry(name);
    expect(f.status).toBe('parsed-with-warnings');
    expect(f.messages.join('\n')).toMatch(warning);
    const d = directives.find((x) => x.id === f.id);
    expect(d?.lead ?? d?.preamble).toMatch(/Ban Thường vụ Tỉnh ủy|Tăng cường lãnh đạo/);
  });

  test('a converted legacy file parses like the Unicode original', () => {
    const original = directives.find((d) => d.id === entry('bad-01-good-utf8.txt').id);
    const converted = directives.find((d) => d.id === entry('bad-09-windows-1258.txt').id);
    expect(converted?.number?.value).toBe(original?.number?.value);
    expect(converted?.date?.value).toBe('2021-08-07');
  });

  test('a text with no header is ingested, with warnings that say what is missing', () => {
    const f = entry('fragment.txt');
    expect(f.status).toBe('parsed-with-warnings');
    expect(f.messages.join('\n')).toMatch(/no header/);
    expect(directives.find((d) => d.id === 'fragment')?.clauses[0]?.measures).toContain('masks-5k');
  });

  test('a broken override names the override file and its line', () => {
    const f = entry('with-bad-override.txt');
    expect(f.status).toBe('rejected');
    expect(f.messages[0]).toMatch(/with-bad-override\.meta\.yaml:2: “date”/);
  });
});
