/**
 * The portal in a real browser: the site built once per run from the seeds and one hand-written
 * variant (tests/setup/e2e-site.ts), searched through a real Meilisearch with the key the pages
 * carry. Screenshots go to test-results/e2e/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pageScripts, SEARCH_PAGE_BUDGET_GZIP, totalGzip } from '../../src/runtime/build/page-scripts.ts';
import { startPortal, type Portal } from './setup/portal.ts';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal?.stop());

const THANH_HOA = 'thanh-hoa-2021-07-22-329-cv-tu';

/** The results heading once a search has answered: "12 khoản khớp với “cách ly”". */
async function resultsHeading(page: Page, previous?: string): Promise<string> {
  const heading = page.locator('#search-results-heading');
  await page.waitForFunction(
    (prev) => {
      const text = document.querySelector('#search-results-heading')?.textContent ?? '';
      return /\d+ khoản/.test(text) && text !== prev && !document.querySelector('[aria-busy="true"]');
    },
    previous,
    { timeout: 10_000 },
  );
  return (await heading.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
}

const countOf = (heading: string) => Number(/(\d+) khoản/.exec(heading)?.[1] ?? Number.NaN);

async function typeQuery(page: Page, q: string, previous?: string): Promise<string> {
  const box = page.getByLabel('Tìm trong các khoản của văn bản');
  await box.fill('');
  await box.pressSequentially(q, { delay: 15 });
  return resultsHeading(page, previous);
}

describe('search', () => {
  test('finds a phrase typed with or without diacritics, and highlights it', async () => {
    const { page, problems } = await portal.open('/');
    const initial = await resultsHeading(page);
    const withMarks = await typeQuery(page, 'cách ly', initial);
    expect(withMarks).toContain('khớp với “cách ly”');
    expect(countOf(withMarks)).toBeGreaterThan(5);
    // Words, not marks: adjacent matches may be marked as one phrase ("cách ly").
    const markedWords = (await page.locator('.result mark').allTextContents()).flatMap((m) => m.split(/\s+/));
    expect(new Set(markedWords.map((w) => w.toLocaleLowerCase('vi')))).toEqual(new Set(['cách', 'ly', 'lý']));
    // …and the phrase itself is one mark where the clause holds it.
    expect((await page.locator('.result mark').allTextContents()).map((m) => m.toLocaleLowerCase('vi'))).toContain(
      'cách ly',
    );
    expect(page.url()).toContain('q=c%C3%A1ch+ly');
    await portal.screenshot(page, 'search-cach-ly');

    const without = await typeQuery(page, 'cach ly', withMarks);
    expect(without).toContain('khớp với “cach ly”');
    expect(countOf(without)).toBe(countOf(withMarks));
    expect(await page.locator('.result mark').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('the exact-diacritics switch stops "cach ly" from finding "cách ly", and offers the way back', async () => {
    const { page } = await portal.open('/?q=cach+ly');
    const loose = await resultsHeading(page);
    await page.getByLabel(/Đúng dấu/).check();
    const exact = await resultsHeading(page, loose);
    expect(countOf(exact)).toBe(0);
    await portal.screenshot(page, 'search-exact-no-match');
    await page.getByRole('button', { name: 'Tắt “Đúng dấu”' }).click();
    expect(countOf(await resultsHeading(page, exact))).toBe(countOf(loose));
  });

  test('picking a province narrows the results and changes the other facets’ counts; the URL reproduces it', async () => {
    const { page, problems } = await portal.open('/?q=xét+nghiệm');
    const before = await resultsHeading(page);
    const measureCounts = () =>
      page.locator('.facet').filter({ hasText: 'Biện pháp' }).locator('.facet__count').allTextContents();
    const countsBefore = await measureCounts();
    await page
      .locator('.facet')
      .filter({ hasText: 'Tỉnh, thành phố' })
      .getByLabel(/Thanh Hóa/)
      .check();
    const after = await resultsHeading(page, before);
    expect(countOf(after)).toBeLessThan(countOf(before));
    expect(countOf(after)).toBeGreaterThan(0);
    expect(await measureCounts()).not.toEqual(countsBefore);
    expect(page.url()).toContain('tinh=thanh-hoa');
    const provinces = await page.locator('.result__meta').allTextContents();
    expect(provinces.every((p) => p.includes('Thanh Hóa'))).toBe(true);
    await portal.screenshot(page, 'search-facet-thanh-hoa');

    const { page: again } = await portal.open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(countOf(await resultsHeading(again))).toBe(countOf(after));
    expect(
      await again
        .locator('.facet')
        .filter({ hasText: 'Tỉnh, thành phố' })
        .getByLabel(/Thanh Hóa/)
        .isChecked(),
    ).toBe(true);
    expect(problems).toEqual([]);
  });

  test('a result leads to its clause’s anchor on the directive page', async () => {
    const { page } = await portal.open('/?q=karaoke');
    await resultsHeading(page);
    const link = page.locator('.result__clause-link').first();
    const href = (await link.getAttribute('href')) ?? '';
    const [, directive, clauseId] = /^\/van-ban\/([^#]+)#(.+)$/.exec(href) ?? [];
    expect(directive).toBeTruthy();
    await link.click();
    await page.waitForURL(`**/van-ban/${directive}#*`);
    const target = page.locator(`[id="${decodeURIComponent(clauseId ?? '')}"]`);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.textContent()).toMatch(/karaoke/i);
    expect(await target.isVisible()).toBe(true);
    await portal.screenshot(page, 'directive-from-result');
  });

  test('works from the keyboard alone: search, pick a facet, follow a result, with focus always visible', async () => {
    const { page, problems } = await portal.open('/');
    const initial = await resultsHeading(page);
    /** Tabs forward until the focused element matches `selector`; fails if it never does. */
    const tabTo = async (selector: string, describeIt: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate((sel) => {
          const el = document.activeElement as HTMLElement | null;
          if (!el?.matches(sel)) return null;
          const style = getComputedStyle(el);
          return { visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
        }, selector);
        if (focus) return focus;
      }
      throw new Error(`Tab never reached ${describeIt}`);
    };
    expect(await tabTo('input[type="search"]', 'the search box')).toEqual({ visible: true });
    await page.keyboard.type('xet nghiem', { delay: 15 });
    const typed = await resultsHeading(page, initial);
    expect(typed).toContain('khớp với “xet nghiem”');

    expect(await tabTo('.facet input[type="checkbox"][value="thanh-hoa"]', 'the Thanh Hóa facet')).toEqual({
      visible: true,
    });
    await page.keyboard.press('Space');
    const narrowed = await resultsHeading(page, typed);
    expect(countOf(narrowed)).toBeLessThan(countOf(typed));

    expect(await tabTo('.result__clause-link', 'a result')).toEqual({ visible: true });
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/van-ban/${THANH_HOA}#*`);
    expect(problems).toEqual([]);
  });

  test('says so clearly when the search server cannot be reached, and the rest of the site still works', async () => {
    const context = await portal.browser.newContext();
    const page = await context.newPage();
    await page.route(`${portal.config.host}/**`, (route) => route.abort('connectionrefused'));
    await page.goto(`${portal.url}/?q=cách+ly`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Không kết nối được máy chủ tìm kiếm');
    await portal.screenshot(page, 'search-unreachable');
    await alert.getByRole('link', { name: 'theo biện pháp' }).click();
    await page.waitForURL('**/bien-phap');
    expect(await page.locator('h1').textContent()).toBe('Biện pháp');
    await context.close();
  });
});

describe('directive, measure and comparison pages', () => {
  test('a directive page shows provenance, tags that explain their cue, and a citation per clause', async () => {
    const { page, problems } = await portal.open(`/van-ban/${THANH_HOA}`);
    expect(await page.locator('h1').textContent()).toContain('Công văn số 329-CV/TU');
    const number = page.locator('.metadata tr', { has: page.locator('th', { hasText: /^Số hiệu$/ }) });
    await number.locator('summary').click();
    expect(await number.textContent()).toContain('329-CV/TU');
    const clause = page.locator('[id="3.-1"]');
    const tag = clause.locator('.mtag').filter({ hasText: 'Khẩu trang' }).first();
    expect(await tag.locator('summary').getAttribute('title')).toContain('“khẩu trang”');
    expect(await clause.locator('.clause__cite p').first().textContent()).toContain('Công văn số 329-CV/TU');
    await portal.screenshot(page, 'directive-thanh-hoa');
    expect(problems).toEqual([]);
  });

  test('a measure tag opens the measure page, which links to the comparison', async () => {
    const { page, problems } = await portal.open(`/van-ban/${THANH_HOA}#3.-2`);
    const tag = page.locator('[id="3.-2"] .mtag').filter({ hasText: 'Cách ly' }).first();
    await tag.locator('summary').click();
    await tag.getByRole('link', { name: 'Các khoản về biện pháp này' }).click();
    await page.waitForURL('**/bien-phap/quarantine-isolation');
    expect(await page.locator('h1').textContent()).toBe('Cách ly');
    expect(await page.locator('.clause-excerpt mark').count()).toBeGreaterThan(0);
    await portal.screenshot(page, 'measure-quarantine');
    const compare = page.getByRole('link', { name: 'So sánh giữa các tỉnh' });
    expect(await compare.getAttribute('href')).toBe('/so-sanh?measure=quarantine-isolation');
    await compare.click();
    await page.waitForURL('**/so-sanh?measure=quarantine-isolation');
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('So sánh câu chữ giữa các tỉnh');
    await portal.screenshot(page, 'compare-quarantine');
    expect(problems).toEqual([]);
  });
});

describe('downloads', () => {
  test('clauses.csv downloads as UTF-8 with a byte-order mark, one row per clause', async () => {
    const { page } = await portal.open('/du-lieu');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải clauses.csv', exact: true }).click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('directive,province,province_name,date,clause_id,clause_label,text,measures');
    expect(text).toContain('thanh-hoa-2021-07-22-329-cv-tu,thanh-hoa,Thanh Hóa,2021-07-22,3.-1,');
    await portal.screenshot(page, 'downloads');
  });

  test('clauses.csv.gz and directives.jsonl.gz hold the same rows and directives, per province too', async () => {
    const { page } = await portal.open('/du-lieu');
    const fetched = async (path: string) => Buffer.from(await (await fetch(`${portal.url}${path}`)).arrayBuffer());
    const csv = gunzipSync(await fetched('/du-lieu/clauses.csv.gz'));
    expect(csv.equals(await fetched('/du-lieu/clauses.csv'))).toBe(true);
    const lines = gunzipSync(await fetched('/du-lieu/directives.jsonl.gz'))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    const all = JSON.parse((await fetched('/du-lieu/directives.json')).toString('utf8')) as { directives: unknown[] };
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(all.directives);
    const provinceLink = page.getByRole('link', { name: 'thanh-hoa.jsonl.gz' });
    const province = gunzipSync(await fetched(String(await provinceLink.getAttribute('href'))));
    expect(
      province
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual([THANH_HOA]);
    const schema = JSON.parse((await fetched('/du-lieu/schema.json')).toString('utf8')) as { schemaVersion: number };
    expect(schema.schemaVersion).toBe(1);
  });
});

describe('listings that summarise link into search', () => {
  test("a measure page's count of clauses is what its search link finds", async () => {
    const { page, problems } = await portal.open('/bien-phap/vaccination');
    const link = page.getByRole('link', { name: /^Xem tất cả \d+ khoản trong trang tìm kiếm$/ });
    const shown = Number(/(\d+)/.exec((await link.textContent()) ?? '')?.[1]);
    expect(await link.getAttribute('href')).toBe('/?bien-phap=vaccination');
    await link.click();
    await page.waitForURL('**/?bien-phap=vaccination');
    expect(countOf(await resultsHeading(page))).toBe(shown);
    expect(problems).toEqual([]);
  });

  test("a province page's measure counts link to that province's search of that measure", async () => {
    const { page, problems } = await portal.open('/tinh/thanh-hoa');
    const link = page.locator('#bien-phap-cua-tinh + .counts a').first();
    const href = String(await link.getAttribute('href'));
    expect(href).toMatch(/^\/\?tinh=thanh-hoa&bien-phap=[a-z0-9-]+$/);
    await link.click();
    await page.waitForURL(`**${href}`);
    expect(countOf(await resultsHeading(page))).toBeGreaterThan(0);
    expect(await page.locator('.facet input[value="thanh-hoa"]').isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  test('an overview dot links to the search of its province and measure', async () => {
    const { page } = await portal.open('/tong-quan');
    const dot = page.locator('table.matrix td a').first();
    expect(await dot.getAttribute('href')).toMatch(/^\/\?tinh=[a-z-]+&bien-phap=[a-z0-9-]+$/);
    const title = String(await dot.getAttribute('title'));
    await dot.click();
    await page.waitForURL('**/?tinh=*');
    expect(`${countOf(await resultsHeading(page))} khoản`).toBe(title);
  });
});

describe('every page', () => {
  /** Site paths of every built page: "/", "/van-ban/x", … */
  const pages = () =>
    walk(portal.distDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/${relative(portal.distDir, f)}`.replace(/\/?index\.html$/, '').replace(/\.html$/, '') || '/');

  test('loads without console errors or broken requests', { timeout: 60_000 }, async () => {
    const { page, problems } = await portal.open('/');
    await resultsHeading(page); // the search page's first query: its errors count too
    const seen = problems.map((p) => `/: ${p}`);
    for (const path of pages().filter((p) => p !== '/' && p !== '/404')) {
      const before = problems.length;
      await page.goto(`${portal.url}${path}`);
      seen.push(...problems.slice(before).map((p) => `${path}: ${p}`));
    }
    expect(seen).toEqual([]);
  });

  test(
    'every page but search works with JavaScript disabled, and none is wider than a phone',
    { timeout: 60_000 },
    async () => {
      const { page } = await portal.open('/gioi-thieu', {
        javaScriptEnabled: false,
        viewport: { width: 375, height: 800 },
      });
      for (const path of pages().filter((p) => p !== '/' && p !== '/404' && !p.startsWith('/so-sanh'))) {
        await page.goto(`${portal.url}${path}`);
        expect(await page.locator('main h1').count(), path).toBe(1);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, path).toBeLessThanOrEqual(375);
        if (path === `/van-ban/${THANH_HOA}`) {
          expect(await page.locator('.clause').count()).toBeGreaterThan(10);
          await portal.screenshot(page, 'directive-no-js-phone');
        }
        if (path === '/tong-quan') await portal.screenshot(page, 'overview-phone');
      }
    },
  );
});

describe('budget', () => {
  test(`the search page loads at most ${SEARCH_PAGE_BUDGET_GZIP / 1024} KB of JavaScript (gzip); a directive page almost none`, () => {
    expect(totalGzip(pageScripts(portal.distDir, '/index.html'))).toBeLessThanOrEqual(SEARCH_PAGE_BUDGET_GZIP);
    expect(totalGzip(pageScripts(portal.distDir, `/van-ban/${THANH_HOA}/index.html`))).toBeLessThan(2 * 1024);
  });
});

describe('keys', () => {
  test('the built site holds no Meilisearch master key', () => {
    const leaks = walk(portal.distDir).filter((f) => readFileSync(f, 'utf8').includes(portal.masterKey));
    expect(leaks).toEqual([]);
  });

  test('the key the pages use is refused on a write (403)', async () => {
    const html = readFileSync(join(portal.distDir, 'index.html'), 'utf8');
    expect(html).toContain(portal.config.searchKey);
    const response = await fetch(`${portal.config.host}/indexes/${portal.config.indexes.clauses}/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${portal.config.searchKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify([{ id: 'written-by-the-search-key', text: 'x' }]),
    });
    expect(response.status).toBe(403);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
