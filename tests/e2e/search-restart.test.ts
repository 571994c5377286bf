/**
 * Issue 12, items 2 and 4, in real Chromium on the built site.
 *
 * - A "Nguồn" link is rendered only for an http(s) source: a corpus carrying a `javascript:` URL is
 *   refused by the loader, so no page can offer one (the page's own guard stays as a second line).
 * - Search survives a Meilisearch restart without a rebuild: the page is served from a copy of the
 *   built site whose /search-config.json names this file's own server (the shared e2e server must
 *   not be killed under the other files). The server is killed with SIGKILL, comes back on another
 *   port, the site's search-config.json is moved to it the way a restart of the project's server
 *   moves it (start.ts), and the page's "Thử lại" finds results again. (Coming back on the same
 *   port is tests/integration/meili-restart.test.ts.)
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/search/indexer.ts';
import { movePublicSearchHost, writePublicSearchConfig } from '../../src/lib/search/public-config.ts';
import { startServer, stopServer } from '../../src/runtime/meilisearch/index.ts';
import { findFreePort } from '../../src/runtime/meilisearch/port.ts';
import { waitForExit } from '../../src/runtime/meilisearch/process-check.ts';
import { serveStatic, type StaticSite } from '../../src/runtime/serve/static-server.ts';
import { seedDirectives } from '../setup/seeds.ts';
import { parseCorpusLines } from '../../src/lib/corpus/load.ts';
import { corpusLines } from '../../src/lib/corpus/format.ts';
import type { Directive } from '../../src/lib/directive/schema.ts';
import { SOURCE_URLS } from '../setup/e2e-site.ts';
import { startPortal, type Portal } from './setup/portal.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal?.stop());

describe('the “Nguồn” link', () => {
  test('a corpus carrying a javascript: source is refused before any page is built', async () => {
    const id = 'hung-yen-2021-05-08-261-cv-tu';
    const json = (await (await fetch(`${portal.url}/du-lieu/van-ban/${id}.json`)).json()) as Directive;
    const hostile = corpusLines([{ ...json, sourceUrl: "javascript:document.title='pwned'" } as Directive]);
    expect(() => parseCorpusLines(hostile, 'directives.jsonl')).toThrow(
      /directives\.jsonl:2: directive 1 \(hung-yen-2021-05-08-261-cv-tu\) does not match the schema at field sourceUrl: .*not an http\(s\) address/,
    );
    // And no page of the built site carries a script or data link.
    const { page, problems } = await portal.open(`/van-ban/${id}`);
    expect(problems).toEqual([]);
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
    await page.context().close();
  });

  test('an https source is a link to it', async () => {
    const { page } = await portal.open('/van-ban/son-la-2021-ct-ubnd-thay-the-24');
    const link = page.locator('.directive-actions a', { hasText: 'Nguồn' });
    expect(await link.getAttribute('href')).toBe(SOURCE_URLS['son-la-2021-ct-ubnd-thay-the-24']);
    await page.context().close();
  });
});

describe('search after Meilisearch is killed and restarted', () => {
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  const scratch = mkdtempSync(join(tmpdir(), 'chithi-e2e-restart-'));
  const dataDir = join(scratch, 'meili');
  const siteDir = join(scratch, 'dist');
  const configFile = join(siteDir, 'search-config.json');
  let site: StaticSite;

  beforeAll(async () => {
    const server = await startServer({ dataDir, env: 'production', environment });
    const config = await indexCorpus(server, await seedDirectives(), { indexPrefix: 't_e2e_restart_' });
    // The built site as it is, plus the runtime config of this file's server: no rebuild.
    cpSync(portal.distDir, siteDir, { recursive: true });
    writePublicSearchConfig(config, configFile, server.masterKey);
    site = await serveStatic(siteDir);
  }, 120_000);

  afterAll(async () => {
    await site?.close();
    await stopServer({ dataDir, graceMs: 2000 });
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Hosts of the search requests the page makes. */
  function searchHosts(page: Page): Set<string> {
    const hosts = new Set<string>();
    page.on('request', (request) => {
      if (request.url().includes('/multi-search')) hosts.add(new URL(request.url()).origin);
    });
    return hosts;
  }

  test('the page’s “Thử lại” finds results again once the server is back, on a new port', async () => {
    const context = await portal.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const hosts = searchHosts(page);
    const first = await startServer({ dataDir, env: 'production', environment });
    expect(first.reused).toBe(true);

    await page.goto(`${site.url}/?q=c%C3%A1ch+ly`);
    await page.waitForFunction(() =>
      /\d+ khoản khớp/.test(document.querySelector('#search-results-heading')?.textContent ?? ''),
    );
    const before = await page.locator('#search-results-heading').textContent();
    // The page asked the server the site's runtime config names, not the one baked in at build.
    expect([...hosts]).toEqual([first.host]);

    process.kill(first.pid, 'SIGKILL');
    expect(await waitForExit(first.pid, 5000)).toBe(true);
    await page.getByLabel('Tìm trong các khoản của văn bản').fill('giãn cách');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`Không kết nối được máy chủ tìm kiếm tại ${first.host}`);

    // It comes back elsewhere (the remembered port may be taken meanwhile, or MEILI_PORT changed):
    // the hard case for a page whose address was fixed at build time.
    const again = await startServer({ dataDir, env: 'production', environment, port: await otherPort(first.port) });
    expect(again.port).not.toBe(first.port);
    // What a restart of the project's own server does to its config (start.ts), here to the site copy.
    expect(movePublicSearchHost(again.host, configFile)).toBe(configFile);

    hosts.clear();
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await page.waitForFunction(() =>
      /\d+ khoản khớp với “giãn cách”/.test(document.querySelector('#search-results-heading')?.textContent ?? ''),
    );
    expect([...hosts]).toEqual([again.host]);
    expect(before).toMatch(/\d+ khoản/);
    await portal.screenshot(page, 'search-after-restart');
    await context.close();
  }, 90_000);
});

/** A free port other than `port`. */
async function otherPort(port: number): Promise<number> {
  for (;;) {
    const free = await findFreePort();
    if (free !== port) return free;
  }
}
