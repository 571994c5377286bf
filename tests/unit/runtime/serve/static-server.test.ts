import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { precompressSite } from '../../../../src/runtime/build/precompress.ts';
import { serveStatic, type StaticSite } from '../../../../src/runtime/serve/static-server.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A request sent as written: fetch() (WHATWG URL) would turn "/../secret.txt" into "/secret.txt" on
 * the client, and never let the path reach the server's guard. No decompression either, so the test
 * sees the bytes on the wire.
 */
function rawGet(site: StaticSite, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${site.url}/`, { path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A page long enough to be given a gzip copy, in Vietnamese as the site's pages are. */
const LONG_PAGE = `<h1>Chỉ thị về phòng, chống dịch Covid-19</h1>${'<p>Tạm dừng hoạt động kinh doanh dịch vụ không thiết yếu.</p>'.repeat(200)}`;

describe('serveStatic', () => {
  let parent: string;
  let root: string;
  let site: StaticSite;
  const download = gzipSync('mã,điều\r\n1,2\r\n');

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'chithi-static-'));
    root = join(parent, 'dist');
    mkdirSync(join(root, 'van-ban', 'x'), { recursive: true });
    mkdirSync(join(root, 'du-lieu'), { recursive: true });
    mkdirSync(join(root, '_astro'), { recursive: true });
    writeFileSync(join(root, '_astro', 'so-sanh.Bx3k9.js'), 'export const x = 1;');
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'van-ban', 'x', 'index.html'), '<h1>x</h1>');
    writeFileSync(join(root, 'so-sanh.html'), LONG_PAGE);
    writeFileSync(join(root, 'gone.html'), LONG_PAGE);
    writeFileSync(join(root, '404.html'), '<h1>không tìm thấy</h1>');
    writeFileSync(join(root, 'clauses.csv'), '\uFEFFa,b\r\n');
    writeFileSync(join(root, 'du-lieu', 'clauses.csv.gz'), download);
    writeFileSync(join(root, 'du-lieu', 'clauses.csv'), `\uFEFF${'mã,điều\r\n'.repeat(200)}`);
    writeFileSync(join(parent, 'secret.txt'), 'master key');
    await precompressSite(root);
    site = await serveStatic(root);
  });
  afterAll(async () => {
    await site.close();
    rmSync(parent, { recursive: true, force: true });
  });

  test('a directory path serves its index.html, with or without the trailing slash', async () => {
    for (const path of ['/van-ban/x', '/van-ban/x/']) {
      const response = await fetch(`${site.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<h1>x</h1>');
    }
  });

  test('a CSV is sent as UTF-8 text/csv', async () => {
    const response = await fetch(`${site.url}/clauses.csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  test('a missing page answers 404 with the site’s own page', async () => {
    const response = await fetch(`${site.url}/khong-co`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('không tìm thấy');
  });

  test('no path leaves the served folder, encoded or not, though the file is there', async () => {
    expect(readFileSync(join(root, '..', 'secret.txt'), 'utf8')).toBe('master key');
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/van-ban/..%2f..%2fsecret.txt',
      '/van-ban/%2e%2e/%2e%2e/secret.txt',
      '/..\\secret.txt',
    ]) {
      const response = await rawGet(site, path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8'), path).not.toContain('master key');
    }
  });

  test('a page goes gzipped to a client that accepts gzip, the same bytes once unzipped', async () => {
    const zipped = await rawGet(site, '/so-sanh', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(zipped.headers['vary']).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(LONG_PAGE) / 5);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(LONG_PAGE);

    const plain = await rawGet(site, '/so-sanh');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(LONG_PAGE);
  });

  test('an unchanged file answers 304 to its ETag', async () => {
    const first = await rawGet(site, '/so-sanh', { 'Accept-Encoding': 'gzip' });
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^W\/"/);
    const again = await rawGet(site, '/so-sanh', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('pages are revalidated on each load; hashed assets are kept for a year', async () => {
    const page = await rawGet(site, '/so-sanh');
    expect(page.headers['cache-control']).toBe('public,max-age=0,must-revalidate');
    const asset = await rawGet(site, '/_astro/so-sanh.Bx3k9.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public,max-age=31536000,immutable');
  });

  test('a .gz download is sent as the file it is: application/gzip, not decoded on the way', async () => {
    const response = await rawGet(site, '/du-lieu/clauses.csv.gz', { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/gzip');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(download)).toBe(true);
  });

  test('a download under /du-lieu is never swapped for the .gz beside it', async () => {
    const response = await rawGet(site, '/du-lieu/clauses.csv', { 'Accept-Encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body.toString('utf8')).toBe(`\uFEFF${'mã,điều\r\n'.repeat(200)}`);
  });

  test('a file removed after the server started ends that response, not the server', async () => {
    rmSync(join(root, 'gone.html'));
    rmSync(join(root, 'gone.html.gz'));
    const cut = await rawGet(site, '/gone').then(
      (response) => response.body.length,
      (error: Error) => error.message,
    );
    expect(cut).not.toBe(Buffer.byteLength(LONG_PAGE));
    const after = await rawGet(site, '/van-ban/x');
    expect(after.status).toBe(200);
    expect(after.body.toString('utf8')).toBe('<h1>x</h1>');
  });

  test('only GET and HEAD are answered', async () => {
    const response = await fetch(`${site.url}/`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
