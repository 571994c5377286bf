import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticSite } from '../../../src/lib/site/static-server.ts';

describe('serveStatic', () => {
  let root: string;
  let site: StaticSite;

  beforeAll(async () => {
    const parent = mkdtempSync(join(tmpdir(), 'chithi-static-'));
    root = join(parent, 'dist');
    mkdirSync(join(root, 'van-ban', 'x'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'van-ban', 'x', 'index.html'), '<h1>x</h1>');
    writeFileSync(join(root, '404.html'), '<h1>không tìm thấy</h1>');
    writeFileSync(join(root, 'clauses.csv'), '\uFEFFa,b\r\n');
    writeFileSync(join(parent, 'secret.txt'), 'master key');
    site = await serveStatic(root);
  });
  afterAll(async () => {
    await site.close();
    rmSync(join(root, '..'), { recursive: true, force: true });
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

  test('no path leaves the served folder, encoded or not', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/van-ban/..%2f..%2fsecret.txt']) {
      const response = await fetch(`${site.url}${path}`);
      expect(response.status).toBe(404);
    }
  });
});
