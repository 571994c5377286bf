/**
 * The comparison in a real browser (Chromium), against the site built from the seeds and the
 * hand-written variants (see tests/setup/e2e-site.ts): the clause view with its labels, minor
 * differences and base switching; the measure view; two directives; the precedent finder; links
 * that reproduce a view. Screenshots go to test-results/e2e/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPortal, type Portal } from './setup/portal.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal?.stop());

/** Wide enough for six columns side by side. */
const WIDE_SCREEN = { viewport: { width: 1400, height: 900 } };

/**
 * A wide page at `path`; by default once the comparison island, which fetches the view's files and
 * aligns and diffs them in the browser, has marked itself ready.
 */
async function openPage(path: string, { island = true }: { island?: boolean } = {}) {
  const opened = await portal.open(path, WIDE_SCREEN);
  if (island) await opened.page.locator('.compare-app[data-ready="true"]').waitFor({ timeout: 15_000 });
  return opened;
}

const TH = 'thanh-hoa-2021-07-22-329-cv-tu';
const NA = 'nghe-an-2021-08-07-07-ct-tu';
const QT = 'quang-tri-2021-09-10-99-ct-tu';
const clauseUrl = (directive: string, clause: string) =>
  `/so-sanh?clause=${encodeURIComponent(`${directive}#${clause}`)}`;

describe('compare a clause', () => {
  test('one column per directive in date order, the base among them, each with a label', async () => {
    const { page, problems } = await openPage(clauseUrl(NA, '2.-5'));
    const columns = page.locator('article.column');
    await expect.poll(() => columns.count()).toBe(6);
    expect(await page.locator('article.column h3').allTextContents()).toEqual([
      'Hải Dương',
      'Hưng Yên',
      'Thanh Hóa',
      'Nghệ An',
      'Quảng Trị',
      'Sơn La',
    ]);
    expect(await page.locator(`article.column--base`).getAttribute('data-directive')).toBe(NA);
    const haiDuong = page.locator('article.column').first();
    expect(await haiDuong.locator('.column__label').textContent()).toBe('Không có nội dung tương ứng');
    expect(await page.locator(`article[data-directive="${QT}"] .column__label`).textContent()).toBe('Cùng câu chữ');
    const link = page.locator(`article[data-directive="${TH}"] .column__clause a`);
    expect(await link.getAttribute('href')).toBe(`/van-ban/${TH}#3.-5`);
    await portal.screenshot(page, 'compare-clause');
    expect(problems).toEqual([]);
  });

  test('a difference only in diacritics is shown as minor, not as removed and added', async () => {
    const { page, problems } = await openPage(clauseUrl(TH, '4'));
    const column = page.locator(`article[data-directive="${QT}"]`);
    await column.waitFor();
    const minor = column.locator('.diff-minor', { hasText: 'uỷ' });
    await expect.poll(() => minor.count()).toBeGreaterThan(0);
    expect(await minor.first().getAttribute('title')).toContain('ủy');
    expect(await column.locator('del', { hasText: 'ủy' }).count()).toBe(0);
    expect(await column.locator('ins', { hasText: 'uỷ' }).count()).toBe(0);
    // Words that really differ are marked as such.
    expect(await column.locator('ins', { hasText: 'Quảng Trị' }).count()).toBeGreaterThan(0);
    await portal.screenshot(page, 'compare-minor');
    expect(problems).toEqual([]);
  });

  test('shared phrases are highlighted', async () => {
    const { page } = await openPage(clauseUrl(TH, '2'));
    const shared = page.locator(`article[data-directive="son-la-2021-ct-ubnd-thay-the-24"] .shared`);
    await expect
      .poll(async () => (await shared.allTextContents()).join(''))
      .toContain('tạo sự đồng thuận trong Nhân dân');
  });

  test('the reader picks another base; the URL records it and reproduces the view', async () => {
    const { page, problems } = await openPage(clauseUrl(NA, '2.-5'));
    await page.locator(`article[data-directive="${TH}"] button.column__make-base`).click();
    await expect.poll(() => page.locator('article.column--base').getAttribute('data-directive')).toBe(TH);
    expect(new URL(page.url()).searchParams.get('base')).toBe(TH);
    const link = await page.locator('.permalink a').getAttribute('href');
    const again = await openPage(new URL(link!).pathname + new URL(link!).search);
    await expect.poll(() => again.page.locator('article.column--base').getAttribute('data-directive')).toBe(TH);
    await page.goBack();
    await expect.poll(() => page.locator('article.column--base').getAttribute('data-directive')).toBe(NA);
    expect(problems).toEqual([]);
  });

  test('the directive page’s "compare this clause" link opens the comparison', async () => {
    const { page } = await openPage(`/van-ban/${TH}`, { island: false });
    await page
      .locator(`a[href="${clauseUrl(TH, '3.-5')}"]`)
      .first()
      .click();
    await page.locator('.compare-app[data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('article.column--base').getAttribute('data-directive')).toBe(TH);
  });
});

describe('compare a measure', () => {
  test('every directive that orders vaccination has a column; the others are named', async () => {
    const { page, problems } = await openPage('/so-sanh?measure=vaccination');
    await expect.poll(() => page.locator('article.column').count()).toBe(5);
    expect(await page.locator('#compare-view-heading').textContent()).toContain('Tiêm chủng');
    expect(await page.locator('.absent').textContent()).toContain('Hải Dương');
    expect(problems).toEqual([]);
  });

  test('chosen from the form', async () => {
    const { page } = await openPage('/so-sanh');
    await page.locator('form[aria-labelledby="entry-measure"] select').selectOption('masks-5k');
    await page.getByRole('button', { name: 'Xem mọi khoản' }).click();
    await expect.poll(() => page.url()).toContain('measure=masks-5k');
    // The view's data is fetched after the click: wait for it rather than read at once.
    await expect.poll(() => page.locator('article.column').count()).toBeGreaterThan(1);
  });
});

describe('compare two directives', () => {
  test('aligned pairs, clauses without a counterpart and an overall similarity', async () => {
    const { page, problems } = await openPage(`/so-sanh?a=${TH}&b=${NA}`);
    await expect.poll(() => page.locator('tr.pair').count()).toBeGreaterThan(3);
    expect(await page.locator('.similarity').textContent()).toMatch(/\d+%/);
    expect(await page.locator(`ul.only-in[data-directive="${TH}"] li`).count()).toBeGreaterThan(0);
    expect(await page.locator(`ul.only-in[data-directive="${NA}"] li`).count()).toBeGreaterThan(0);
    const vaccination = page
      .locator('tr.pair')
      .filter({ has: page.locator(`a[href="/van-ban/${TH}#3.-5"]`) })
      .filter({ has: page.locator(`a[href="/van-ban/${NA}#2.-5"]`) });
    expect(await vaccination.count()).toBe(1);
    await portal.screenshot(page, 'compare-directives');
    expect(problems).toEqual([]);
  });
});

describe('precedent finder', () => {
  test('a draft sentence typed without diacritics finds the vaccination clauses with citations', async () => {
    const { page, problems } = await openPage('/so-sanh');
    await page
      .getByLabel('Câu trong dự thảo')
      .fill('Day nhanh tiem vac xin phong Covid-19 cho nguoi dan, bao dam an toan');
    await page.getByRole('button', { name: 'Tìm khoản gần nhất' }).click();
    const citations = page.locator('.precedent__citation a');
    await expect.poll(() => citations.count()).toBeGreaterThan(2);
    expect(await citations.first().textContent()).toBe('Điểm b, Mục 3, Chỉ thị của Chủ tịch UBND tỉnh Sơn La');
    expect(page.url()).toContain('draft=');
    await portal.screenshot(page, 'compare-precedent');
    expect(problems).toEqual([]);
  });
});

describe('the page at any corpus size', () => {
  test('carries no corpus: the HTML is the forms and the largest families, a view fetches its own files', async () => {
    const html = readFileSync(join(portal.distDir, 'so-sanh', 'index.html'));
    // It embedded every directive's clauses before (148 KB for these six directives).
    expect(html.length).toBeLessThan(60_000);
    const { page, problems } = await openPage(`/so-sanh?a=${TH}&b=${NA}`);
    await expect.poll(() => page.locator('tr.pair').count()).toBeGreaterThan(3);
    const files = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    );
    expect(files.filter((f) => f.startsWith('/so-sanh/van-ban/')).sort()).toEqual(
      [`/so-sanh/van-ban/${NA}.json`, `/so-sanh/van-ban/${TH}.json`].sort(),
    );
    expect(problems).toEqual([]);
  });

  test('every instruction family is reachable on the paged list, each member linked to its comparison', async () => {
    const { page, problems } = await openPage('/so-sanh/nhom/1', { island: false });
    expect(await page.locator('h1').textContent()).toBe('Những chỉ đạo nhiều tỉnh cùng viết');
    expect(await page.locator('.family').count()).toBeGreaterThan(3);
    const href = await page.locator('.family a[href^="/so-sanh?clause="]').first().getAttribute('href');
    await page.goto(`${portal.url}${href}`);
    await page.locator('.compare-app[data-ready="true"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('article.column--base').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('without a request', () => {
  test('the page lists the instruction families computed at build time, as links', async () => {
    const { page } = await openPage('/so-sanh');
    expect(await page.locator('.family').count()).toBeGreaterThan(3);
    const href = await page.locator('.family a[href^="/so-sanh?clause="]').first().getAttribute('href');
    expect(href).toMatch(/^\/so-sanh\?clause=/);
  });
});
