/**
 * The comparison as a reader gets it, at corpus scale: the site built from the seeded synthetic
 * corpus (its synthetic mark removed, so that every page shows it), indexed into a real Meilisearch,
 * served from dist/ by the static server `chithi start` uses, and driven in Chromium. For a clause
 * view, a measure view, a two-directive view and a precedent query it prints the time until the view
 * is on screen (measured in the page: from navigation start to the frame after the view's ready mark
 * appears, page load included; median of REPEATS cold loads), the bytes of the requests started until
 * then (raw, once decoded, and sent: the response bodies as they crossed the wire, gzipped where the
 * static server has a gzip copy), and the JavaScript heap in use once it is ready; then the size of
 * /so-sanh's initial HTML + JS (gzip) and the largest HTML page and comparison data file of the dist.
 * Targets (issue 10): each view ≤ 1.5 s at 5,000 directives and ≤ 2.5 s at 20,000, ≤ 1 MB transferred, ≤ 150 MB heap;
 * /so-sanh HTML + JS ≤ 150 KB gzip; no HTML page over 300 KB.
 *
 * Building the 5,000-directive site takes minutes: each size's work (corpus, Meilisearch data, dist)
 * is kept in .chithi/bench/compare-views-<N>/ and reused by the next run, its server on a fixed port
 * so that the search settings built into the page stay right. CHITHI_BENCH_REBUILD=1 starts afresh;
 * CHITHI_BENCH_REBUILD=site rebuilds the site only, on the index already there (after a change to the
 * pages or the island).
 * Sizes: CHITHI_BENCH_SIZES=500,5000 (default) npm run bench compare-views
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Response } from 'playwright-core';
import { writeCorpusFile } from '../../src/lib/corpus/format.ts';
import type { Directive } from '../../src/lib/directive/schema.ts';
import { workDir } from '../../src/lib/paths.ts';
import { indexCorpus } from '../../src/lib/search/indexer.ts';
import { writePublicSearchConfig } from '../../src/lib/search/public-config.ts';
import { startServer, stopServer } from '../../src/runtime/meilisearch/index.ts';
import { buildSite } from '../../src/runtime/build/build-site.ts';
import { serveStatic } from '../../src/runtime/serve/static-server.ts';
import { generateSyntheticCorpus } from '../../src/lib/synthetic/index.ts';
import { printTable } from './table.ts';

const SIZES = (process.env['CHITHI_BENCH_SIZES'] ?? '500,5000').split(',').map(Number);
const REPEATS = 3;
const SEED = 1;
const INDEX_PREFIX = 'bench_cv_';
/** A draft sentence for the precedent finder, worded like the corpus's vaccination clauses. */
const DRAFT = 'Đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19 cho người dân, bảo đảm an toàn, hiệu quả';

interface Workspace {
  dir: string;
  distDir: string;
  buildSeconds: number | null;
  clauses: number;
  probes: Record<ViewName, string>;
}

type ViewName = 'clause' | 'measure' | 'two directives' | 'precedent';

interface ViewRun {
  readyMs: number;
  rawKb: number;
  sentKb: number;
  requests: number;
  heapMb: number;
}

export default async function compareViewsBench(): Promise<void> {
  const rows: Array<Array<string | number>> = [];
  const sizes: Array<Array<string | number>> = [];
  for (const n of SIZES) {
    const port = 7700 + Math.round(10 * Math.log10(n));
    const dataDir = join(workDir(), 'bench', `compare-views-${n}`, 'meili');
    mkdirSync(dataDir, { recursive: true });
    const meili = await startServer({ dataDir, port, env: 'production' });
    try {
      const work = await prepare(n, meili);
      const site = await serveStatic(work.distDir);
      const browser = await chromium.launch({
        executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      });
      try {
        for (const [view, path] of Object.entries(work.probes) as Array<[ViewName, string]>) {
          const runs: ViewRun[] = [];
          for (let i = 0; i < REPEATS; i++) runs.push(await openView(browser, `${site.url}${path}`));
          const median = [...runs].sort((a, b) => a.readyMs - b.readyMs)[Math.floor(REPEATS / 2)]!;
          rows.push([
            n,
            view,
            median.readyMs / 1000,
            Math.max(...runs.map((r) => r.readyMs)) / 1000,
            median.requests,
            median.rawKb,
            median.sentKb,
            median.heapMb,
            loadAverage(),
          ]);
        }
        const page = await initialPage(browser, `${site.url}/so-sanh`);
        sizes.push([
          n,
          work.clauses,
          work.buildSeconds === null ? 'reused' : Math.round(work.buildSeconds),
          page.htmlGzipKb,
          page.jsGzipKb,
          page.htmlGzipKb + page.jsGzipKb,
          largest(work.distDir, '.html'),
          largest(join(work.distDir, 'so-sanh'), '.json'),
          loadAverage(),
        ]);
      } finally {
        await browser.close();
        await site.close();
      }
    } finally {
      await stopServer({ dataDir, graceMs: 5000 });
    }
  }
  printTable(
    'Comparison views in Chromium against the built site and a real Meilisearch (synthetic corpus, seed 1)',
    ['directives', 'view', 'ready s', 'max s', 'requests', 'raw KB', 'sent KB', 'heap MB', 'load 1/5/15 min'],
    rows,
  );
  printTable(
    'Comparison page sizes (KB; HTML and JS as the static server sent them, gzip)',
    [
      'directives',
      'clauses',
      'site build s',
      '/so-sanh HTML gz',
      'JS gz',
      'HTML+JS gz',
      'largest HTML page',
      'largest so-sanh JSON',
      'load 1/5/15 min',
    ],
    sizes,
  );
  console.log(
    '\nTargets: ready ≤ 1.5 s at 5,000 directives and ≤ 2.5 s at 20,000, ≤ 1 MB transferred, ≤ 150 MB heap; /so-sanh HTML+JS ≤ 150 KB gzip; no HTML page over 300 KB.',
  );
}

/** The corpus, its index and the built site for `n` directives, made once and kept. */
async function prepare(n: number, meili: { host: string; masterKey: string }): Promise<Workspace> {
  const dir = join(workDir(), 'bench', `compare-views-${n}`);
  const corpusDir = join(dir, 'corpus');
  const distDir = join(dir, 'dist');
  const done = join(dir, 'built.json');
  const directives: Directive[] = generateSyntheticCorpus({ directives: n, seed: SEED }).map((d) => ({
    ...d,
    synthetic: false,
  }));
  const clauses = directives.reduce((sum, d) => sum + d.clauses.length, 0);
  const probes = probesFor(directives);
  if (existsSync(done) && !process.env['CHITHI_BENCH_REBUILD']) {
    return { dir, distDir, buildSeconds: null, clauses, probes };
  }
  rmSync(distDir, { recursive: true, force: true });
  await writeCorpusFile(directives, corpusDir);
  let searchConfigFile = join(dir, 'search-config.json');
  if (process.env['CHITHI_BENCH_REBUILD'] !== 'site' || !existsSync(searchConfigFile)) {
    console.error(`compare-views: indexing ${n} directives…`);
    const config = await indexCorpus(meili, directives, { indexPrefix: INDEX_PREFIX });
    searchConfigFile = writePublicSearchConfig(config, searchConfigFile, meili.masterKey);
  }
  console.error(`compare-views: building the site for ${n} directives…`);
  const { ms } = await buildSite({ outDir: distDir, corpusDir, searchConfigFile });
  writeFileSync(done, JSON.stringify({ buildMs: ms }));
  return { dir, distDir, buildSeconds: ms / 1000, clauses, probes };
}

/** Fixed requests: a long clause with a measure, the masks measure, two directives, a draft. */
function probesFor(directives: readonly Directive[]): Record<ViewName, string> {
  const a = directives[Math.floor(directives.length / 3)]!;
  const b = directives[Math.floor((2 * directives.length) / 3)]!;
  const clause = a.clauses.find((c) => c.measures.length > 0 && c.text.length > 120) ?? a.clauses[0]!;
  return {
    clause: `/so-sanh?clause=${encodeURIComponent(`${a.id}#${clause.id}`)}`,
    measure: '/so-sanh?measure=masks-5k',
    'two directives': `/so-sanh?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}`,
    precedent: `/so-sanh?draft=${encodeURIComponent(DRAFT)}`,
  };
}

/** Shown once the view (or its error) is computed and on screen. */
const SHOWN = '.compare-app[data-ready="true"] .permalink';

/**
 * Runs in the page before its own scripts: records when the view is first on screen (the frame after
 * the ready mark appears), in ms from navigation start, into window.chithiViewReadyAt; and the ready
 * moment as epoch ms, so that requests the page starts afterwards (the forms' list) are not counted.
 * A string, not a function: the bench runs under tsx, whose transform may wrap a function's inner
 * functions in helpers the page does not have.
 */
const watchReady = (selector: string): string => `
  (() => {
    const check = () => {
      if (window.chithiViewReadyEpoch !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
      window.chithiViewReadyEpoch = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => (window.chithiViewReadyAt = performance.now()));
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  })();`;

async function openView(browser: Browser, url: string): Promise<ViewRun> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(watchReady(SHOWN));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { chithiViewReadyAt?: number }).chithiViewReadyAt,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const { readyMs, readyEpoch } = await page.evaluate(() => {
      const w = window as unknown as { chithiViewReadyAt: number; chithiViewReadyEpoch: number };
      return { readyMs: w.chithiViewReadyAt, readyEpoch: w.chithiViewReadyEpoch };
    });
    let raw = 0;
    let sent = 0;
    let requests = 0;
    for (const response of responses) {
      if (response.request().timing().startTime > readyEpoch) continue;
      const body = await response.body().catch(() => null);
      if (!body) continue;
      requests++;
      raw += body.length;
      // The body's size on the wire (Content-Encoding applied), not the decoded bytes.
      sent += (await response.request().sizes()).responseBodySize;
    }
    const error = await page.locator('.compare-result [role="alert"]').count();
    if (error > 0) throw new Error(`${url}: ${await page.locator('.compare-result [role="alert"]').textContent()}`);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { readyMs, rawKb: raw / 1024, sentKb: sent / 1024, requests, heapMb: heap.usedSize / 2 ** 20 };
  } finally {
    await context.close();
  }
}

/** /so-sanh without a request: its HTML and every script it loads, in bytes sent (gzip where the server has a copy). */
async function initialPage(browser: Browser, url: string): Promise<{ htmlGzipKb: number; jsGzipKb: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let html = 0;
  let js = 0;
  const sizes: Array<Promise<void>> = [];
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    if (type !== 'document' && type !== 'script') return;
    sizes.push(
      request.sizes().then(({ responseBodySize }) => {
        if (type === 'document') html += responseBodySize;
        else js += responseBodySize;
      }),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(sizes);
  await context.close();
  return { htmlGzipKb: html / 1024, jsGzipKb: js / 1024 };
}

/** The load average as the row is printed: other jobs share the cores, and times mean little without it. */
function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
}

/** The largest file with this ending under `dir`, as "size KB path". */
function largest(dir: string, ending: string): string {
  let best = { size: 0, path: '' };
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(ending)) {
        const { size } = statSync(path);
        if (size > best.size) best = { size, path };
      }
    }
  };
  walk(dir);
  return `${(best.size / 1024).toFixed(0)} ${best.path.slice(dir.length + 1)}`;
}
