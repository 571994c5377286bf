/**
 * The portal as a reader gets it, for one end-to-end test file: the site built once for the whole
 * run (tests/setup/e2e-site.ts), served by the same static server `chithi start` uses, and Debian's
 * Chromium to drive it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { projectRoot } from '../../../src/lib/paths.ts';
import type { PublicSearchConfig } from '../../../src/lib/search/public-config.ts';
import { serveStatic, type StaticSite } from '../../../src/runtime/serve/static-server.ts';

export interface Portal {
  url: string;
  distDir: string;
  /** The search server's master key, which must appear nowhere in the site. */
  masterKey: string;
  config: PublicSearchConfig;
  browser: Browser;
  /** A fresh page that records console errors and failed requests into `problems`. */
  open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; problems: string[] }>;
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SCREENSHOTS = join(projectRoot(), 'test-results', 'e2e');

export async function startPortal(): Promise<Portal> {
  const { distDir, config, masterKey } = inject('e2eSite');
  mkdirSync(SCREENSHOTS, { recursive: true });
  let site: StaticSite | undefined;
  try {
    site = await serveStatic(distDir);
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const served = site;
    const { url } = served;
    return {
      url,
      distDir,
      masterKey,
      config,
      browser,
      async open(path, options = {}) {
        const context = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true, ...options });
        const page = await context.newPage();
        // Fail fast: nothing on a static page on localhost takes seconds.
        page.setDefaultTimeout(8_000);
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('response', (r) => {
          if (r.status() >= 400 && r.url().startsWith(url)) problems.push(`${r.status()} ${r.url()}`);
        });
        await page.goto(`${url}${path}`);
        return { page, problems };
      },
      async screenshot(page, name) {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      },
      async stop() {
        await browser.close();
        await served.close();
      },
    };
  } catch (error) {
    await site?.close();
    throw error;
  }
}
