import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { precompressSite, type PrecompressReport } from '../../../../src/runtime/build/precompress.ts';

const PAGE = `<main>${'<p>Điều 1. Tạm dừng các hoạt động tập trung trên 20 người ngoài phạm vi công sở.</p>'.repeat(100)}</main>`;

describe('precompressSite', () => {
  let root: string;
  let report: PrecompressReport;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'chithi-precompress-'));
    mkdirSync(join(root, 'so-sanh', 'du-lieu'), { recursive: true });
    mkdirSync(join(root, 'du-lieu', 'van-ban'), { recursive: true });
    writeFileSync(join(root, 'index.html'), PAGE);
    writeFileSync(join(root, 'so-sanh', 'du-lieu', 'families.json'), JSON.stringify({ text: PAGE }));
    writeFileSync(join(root, 'tiny.html'), '<p>nhỏ</p>');
    writeFileSync(join(root, 'logo.png'), Buffer.alloc(4096, 1));
    writeFileSync(join(root, 'du-lieu', 'van-ban', 'a.json'), JSON.stringify({ text: PAGE }));
    report = await precompressSite(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('writes a .gz beside each text file that unzips to the same bytes', () => {
    for (const file of ['index.html', 'so-sanh/du-lieu/families.json']) {
      const original = readFileSync(join(root, file));
      expect(gunzipSync(readFileSync(join(root, `${file}.gz`))).equals(original), file).toBe(true);
    }
    expect(report.files).toBe(2);
    expect(report.gzipBytes).toBeLessThan(report.bytes / 5);
  });

  test('leaves alone small files, images, and the downloads under du-lieu/', () => {
    expect(existsSync(join(root, 'tiny.html.gz'))).toBe(false);
    expect(existsSync(join(root, 'logo.png.gz'))).toBe(false);
    expect(existsSync(join(root, 'du-lieu', 'van-ban', 'a.json.gz'))).toBe(false);
  });
});
