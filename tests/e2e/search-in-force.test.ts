/**
 * Issue 17, items 3 and 4, in Chromium: the search page's day-in-force filter (`?hieu-luc=`, and
 * the date field beside the issue dates) and its range facets ("tụ tập ≤ 10 người", "cách ly ≥ 14
 * ngày") on a corpus the test indexes: the seeds with periods and numbers the test gives them
 * (tests/setup/in-force-corpus.ts), in an index of their own on the e2e run's Meilisearch. The
 * built site is pointed at it the way a restarted server reaches it, through /search-config.json.
 * Axe-clean with both in use.
 */
import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexCorpus, type PublicSearchConfig } from '../../src/lib/search/indexer.ts';
import { searchClauses } from '../../src/lib/search/query.ts';
import { adminClient } from '../../src/runtime/meilisearch/index.ts';
import { inForceCorpus } from '../setup/in-force-corpus.ts';
import { seedDirectives } from '../setup/seeds.ts';
import { startPortal, type Portal } from './setup/portal.ts';

let portal: Portal;
let config: PublicSearchConfig;

beforeAll(async () => {
  portal = await startPortal();
  const server = { host: portal.config.host, masterKey: portal.masterKey };
  config = await indexCorpus(server, inForceCorpus(await seedDirectives()), {
    indexPrefix: `e2e_inforce_${randomBytes(3).toString('hex')}_`,
  });
}, 120_000);
afterAll(async () => {
  if (config)
    await adminClient({ host: portal.config.host, masterKey: portal.masterKey }).deleteIndex(config.indexes.clauses);
  await portal?.stop();
});

/** The page at `path`, searching the test's index. */
async function openOnTestIndex(path: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await portal.open('/gioi-thieu/');
  await opened.page.route('**/search-config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
  );
  await opened.page.goto(`${portal.url}${path}`);
  return opened;
}

async function resultsHeading(page: Page, previous?: string): Promise<string> {
  await page.waitForFunction(
    (prev) => {
      const text = document.querySelector('#search-results-heading')?.textContent ?? '';
      return /\d+ khoản/.test(text) && text !== prev && !document.querySelector('[aria-busy="true"]');
    },
    previous,
    { timeout: 10_000 },
  );
  return ((await page.locator('#search-results-heading').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
const countOf = (heading: string) => Number(/(\d+) khoản/.exec(heading)?.[1]);

describe('the day in force on the search page', () => {
  test('?hieu-luc=2021-08-15 keeps only the clauses in force that day, and the date field shows it', async () => {
    const { page, problems } = await openOnTestIndex('/?hieu-luc=2021-08-15');
    const expected = await searchClauses(config, { q: '', inForce: '2021-08-15' });
    expect(countOf(await resultsHeading(page))).toBe(expected.total);
    const provinces = await page.locator('.result__meta').allTextContents();
    expect(provinces.length).toBeGreaterThan(0);
    expect(provinces.every((p) => p.includes('Nghệ An') || p.includes('Sơn La'))).toBe(true);
    expect(await page.getByLabel('Có hiệu lực ngày').inputValue()).toBe('2021-08-15');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('choosing a day in the field filters and writes it into the URL; clearing it widens again', async () => {
    const { page } = await openOnTestIndex('/');
    const all = await resultsHeading(page);
    await page.getByLabel('Có hiệu lực ngày').fill('2021-08-01');
    const narrowed = await resultsHeading(page, all);
    expect(page.url()).toContain('hieu-luc=2021-08-01');
    expect(countOf(narrowed)).toBeLessThan(countOf(all));
    const provinces = await page.locator('.result__meta').allTextContents();
    // Thanh Hóa to 5/8 and Sơn La from 1/8; Nghệ An starts on 7/8.
    expect(provinces.every((p) => p.includes('Thanh Hóa') || p.includes('Sơn La'))).toBe(true);
    await page.getByLabel('Có hiệu lực ngày').fill('');
    expect(countOf(await resultsHeading(page, narrowed))).toBe(countOf(all));
    await page.context().close();
  });

  test('a day that is none is dropped, and the page says so', async () => {
    const { page } = await openOnTestIndex('/?hieu-luc=2021-02-30');
    await resultsHeading(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'ngày hiệu lực không hợp lệ' }).count()).toBe(1);
    await page.context().close();
  });
});

describe('range facets', () => {
  const group = (page: Page, legend: string) => page.getByRole('group', { name: legend });

  test('each bound shows its count; choosing "tụ tập ≤ 10 người" keeps those clauses, and the URL reproduces it', async () => {
    const { page } = await openOnTestIndex('/');
    const all = await resultsHeading(page);
    const gathering = group(page, 'Số người tụ tập');
    expect(await gathering.locator('.facet__count').allTextContents()).toEqual(['1', '2', '2', '3']);
    await gathering.getByLabel('tụ tập ≤ 10 người').check();
    const narrowed = await resultsHeading(page, all);
    expect(countOf(narrowed)).toBe(2);
    expect(page.url()).toContain('tu-tap=10');
    const provinces = await page.locator('.result__meta').allTextContents();
    expect(provinces.map((p) => p.split(' · ')[0]).sort()).toEqual(['Hưng Yên', 'Nghệ An']);
    // The other bounds keep their counts, so the reader can widen the choice.
    expect(await gathering.locator('.facet__count').allTextContents()).toEqual(['1', '2', '2', '3']);
    await portal.screenshot(page, 'search-range-gathering-10');

    await page.reload();
    expect(countOf(await resultsHeading(page))).toBe(2);
    expect(await group(page, 'Số người tụ tập').getByLabel('tụ tập ≤ 10 người').isChecked()).toBe(true);
    await group(page, 'Số người tụ tập').getByLabel('Không giới hạn').check();
    expect(countOf(await resultsHeading(page, narrowed))).toBe(countOf(all));
    await page.context().close();
  });

  test('"cách ly ≥ 21 ngày" with the day in force, from the keyboard: arrow keys move within the group', async () => {
    const { page } = await openOnTestIndex('/?hieu-luc=2021-08-15');
    const before = await resultsHeading(page);
    const quarantine = group(page, 'Thời gian cách ly');
    await quarantine.getByLabel('Không giới hạn').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    // Each arrow is a choice and a search; the last one is what the page must end on.
    await page.waitForURL(/cach-ly=21/);
    await expect.poll(async () => countOf(await resultsHeading(page, before))).toBe(1);
    expect(await quarantine.getByLabel('cách ly ≥ 21 ngày').isChecked()).toBe(true);
    expect(await page.locator('.result__clause-link').getAttribute('href')).toContain(
      'son-la-2021-ct-ubnd-thay-the-24',
    );
    await page.context().close();
  });

  test('axe finds no violation with the day and a range chosen', async () => {
    const { page } = await openOnTestIndex('/?hieu-luc=2021-08-15&tu-tap=30');
    await resultsHeading(page);
    await group(page, 'Số người tụ tập').waitFor();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} on ${n.target.join(' ')}`))).toEqual([]);
    await page.context().close();
  });
});
