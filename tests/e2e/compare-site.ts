/**
 * The comparison pages as a reader gets them, for tests/e2e/compare.test.ts: the seeds plus the
 * hand-written variants in tests/fixtures/compare/e2e-variants/ (a Quảng Trị directive that writes
 * "Tỉnh uỷ" with the new tone placement against Thanh Hóa's "Tỉnh ủy", and copies Nghệ An's
 * vaccination bullet word for word) ingested into a temporary corpus, the site built ONCE from it
 * into a temporary folder, served by the project's static server, and Debian's Chromium to drive
 * it. No Meilisearch: the comparison runs in the browser. Nothing touches .chithi/ or dist/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingestDirectory, writeCorpus } from '../../src/lib/ingest/ingest.ts';
import { projectRoot } from '../../src/lib/paths.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { serveStatic, type StaticSite } from '../../src/lib/site/static-server.ts';

export interface CompareSite {
  url: string;
  /** A fresh page at `path`; by default waits until the comparison island is running. */
  open(path: string, options?: { island?: boolean }): Promise<{ page: Page; problems: string[] }>;
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
const VARIANTS = join(projectRoot(), 'tests', 'fixtures', 'compare', 'e2e-variants');
const SCREENSHOTS = join(projectRoot(), 'test-results', 'e2e');

export async function startCompareSite(): Promise<CompareSite> {
  const work = mkdtempSync(join(tmpdir(), 'chithi-compare-e2e-'));
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  try {
    const seeds = await ingestDirectory();
    const variants = await ingestDirectory({ dir: VARIANTS });
    const corpusDir = join(work, 'corpus');
    await writeCorpus({ directives: [...seeds.directives, ...variants.directives], report: seeds.report }, corpusDir);
    const { outDir } = await buildSite({
      outDir: join(work, 'dist'),
      corpusDir,
      searchConfigFile: join(work, 'none.json'),
    });
    site = await serveStatic(outDir);
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const launched = browser;
    const served = site;
    return {
      url: served.url,
      async open(path, options = {}) {
        const context = await launched.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
        await page.goto(new URL(path, served.url).href);
        if (options.island !== false)
          await page.locator('.compare-app[data-ready="true"]').waitFor({ timeout: 15_000 });
        return { page, problems };
      },
      async screenshot(page, name) {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      },
      async stop() {
        await launched.close();
        await served.close();
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
