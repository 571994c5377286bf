/**
 * What was in force where and when, in a real browser on the site built from the seeds: a
 * province's day page lists each measure in force with the clause it rests on (a link that lands on
 * that clause), the heat map draws a row for every province with a known period, and both are axe
 * clean. The seeds state no periods of their own, so each period runs from the date of issue and is
 * open; the panel rules themselves are tested on written corpora (tests/unit/in-force/).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPortal, type Portal } from './setup/portal.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal?.stop());

const NGHE_AN = 'nghe-an-2021-08-07-07-ct-tu';
const DAY_PAGE = '/tinh/nghe-an/ngay/2021-08-07/';

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} on ${n.target.join(' ')}`));
}

describe('in force on a day', () => {
  test('the day page lists each measure in force with its clause, and the clause link lands on it', async () => {
    const { page, problems } = await portal.open(DAY_PAGE);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Nghệ An, ngày 07/8/2021');
    const vaccination = page.getByRole('article', { name: 'Tiêm chủng vắc xin' });
    await expect(vaccination.textContent()).resolves.toMatch(/1 khoản của 1 văn bản/);
    // No end stated and nothing later ends it: the period is open, and the page says so.
    await expect(vaccination.textContent()).resolves.toMatch(/từ 07\/8\/2021 \(ngày ban hành\), chưa có ngày kết thúc/);
    const link = vaccination.getByRole('link').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/van-ban/${NGHE_AN}#`));
    await link.click();
    await page.waitForURL(new RegExp(`/van-ban/${NGHE_AN}/?#`));
    const anchor = decodeURIComponent(href!.split('#')[1]!);
    await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
    // The directive's page says the same period.
    await expect(page.locator('#hieu-luc + p').textContent()).resolves.toMatch(/từ 07\/8\/2021 \(ngày ban hành\)/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the province page links its day pages and draws a strip per measure', async () => {
    const { page } = await portal.open('/tinh/nghe-an/');
    const section = page.getByRole('region', { name: 'Hiệu lực theo thời gian' });
    await section.getByText(/Xem từng ngày có thay đổi/).click();
    await section.getByRole('link', { name: '07/8/2021' }).click();
    await page.waitForURL(/\/tinh\/nghe-an\/ngay\/2021-08-07\/?$/);
    await page.context().close();
  });

  test('the day page is axe clean', async () => {
    const { page } = await portal.open(DAY_PAGE);
    expect(await axeViolations(page)).toEqual([]);
    await portal.screenshot(page, 'in-force-day');
    await page.context().close();
  });
});

describe('the heat map', () => {
  test('draws a row per province with a known period, weeks in force from the date of issue', async () => {
    const { page, problems } = await portal.open('/tong-quan/hieu-luc/vaccination/');
    const row = page.getByRole('row', { name: /Nghệ An/ });
    const strip = row.getByRole('img');
    // From 7/8/2021 to the end of 2022, open: 74 weeks in force, the rest before it unknown.
    await expect(strip.getAttribute('aria-label')).resolves.toBe('có hiệu lực 74 tuần; còn lại chưa rõ');
    // Sơn La's directive prints no date and states no period: it is in no row rather than guessed.
    await expect(page.getByRole('row', { name: /Sơn La/ }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await portal.screenshot(page, 'in-force-heat-map');
    await row.getByRole('link', { name: 'Nghệ An' }).click();
    await page.waitForURL(/\/tinh\/nghe-an\/?#hieu-luc$/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the overview links it', async () => {
    const { page } = await portal.open('/tong-quan/');
    await page.getByRole('link', { name: 'Hiệu lực theo tỉnh và tuần' }).click();
    await page.waitForURL(/\/tong-quan\/hieu-luc\/?$/);
    await expect(page.getByRole('link', { name: 'Tiêm chủng vắc xin' }).count()).resolves.toBe(1);
    await page.context().close();
  });
});
