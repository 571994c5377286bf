/**
 * The portal as a reader gets it, for the end-to-end tests: the seeds ingested into a temporary
 * corpus, indexed into a dedicated Meilisearch, the site built ONCE into a temporary folder with
 * that server's public search settings, served by the same static server `chithi start` uses, and
 * Debian's Chromium to drive it. Nothing touches .chithi/ or dist/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { ingestDirectory, writeCorpus } from '../../../src/lib/ingest/ingest.ts';
import { indexCorpus } from '../../../src/lib/search/indexer.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { serveStatic, type StaticSite } from '../../../src/lib/site/static-server.ts';
import { projectRoot } from '../../../src/lib/paths.ts';
import { startTestMeili, type TestMeili } from '../../integration/setup/meili.ts';

export interface PublicConfig {
  host: string;
  searchKey: string;
  indexes: { clauses: string; directives?: string | undefined };
}

export interface Portal {
  url: string;
  distDir: string;
  meili: TestMeili;
  config: PublicConfig;
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

export const SCREENSHOTS = join(projectRoot(), 'test-results', 'e2e');

export async function startPortal(): Promise<Portal> {
  const work = mkdtempSync(join(tmpdir(), 'chithi-e2e-'));
  const meili = await startTestMeili();
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  try {
    const ingested = await ingestDirectory();
    const corpusDir = join(work, 'corpus');
    await writeCorpus(ingested, corpusDir);
    const config: PublicConfig = await indexCorpus(meili, ingested.directives, { indexPrefix: meili.indexPrefix });
    const searchConfigFile = join(work, 'search-config.json');
    writeFileSync(searchConfigFile, JSON.stringify(config));
    const { outDir } = await buildSite({ outDir: join(work, 'dist'), corpusDir, searchConfigFile });
    site = await serveStatic(outDir);
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { url } = site;
    const launched = browser;
    return {
      url,
      distDir: outDir,
      meili,
      config,
      browser: launched,
      async open(path, options = {}) {
        const context = await launched.newContext({ locale: 'vi-VN', acceptDownloads: true, ...options });
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
        await launched.close();
        await site?.close();
        await meili.stop();
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await site?.close();
    await meili.stop();
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
