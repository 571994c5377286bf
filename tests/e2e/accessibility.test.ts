/**
 * Accessibility of every kind of page, checked by axe-core in Chromium against WCAG 2.1 A and AA
 * (labels, headings, landmarks, names of links and buttons, colour contrast, ARIA). Pages with an
 * island are checked once the island has drawn, since that is what the reader meets; the search
 * page with results showing, because marks, facets and pagination only exist then.
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

const TH = 'thanh-hoa-2021-07-22-329-cv-tu';

interface PageCase {
  name: string;
  path: string;
  /** What shows once the page is ready to be read. */
  ready?: (page: Page) => Promise<unknown>;
}

const PAGES: PageCase[] = [
  {
    name: 'search with results',
    path: '/?q=c%C3%A1ch+ly',
    ready: (page) => page.locator('.result mark').first().waitFor(),
  },
  { name: 'directive', path: `/van-ban/${TH}/` },
  { name: 'provinces', path: '/tinh/' },
  { name: 'province', path: '/tinh/thanh-hoa/' },
  { name: 'measures', path: '/bien-phap/' },
  { name: 'measure', path: '/bien-phap/vaccination/' },
  { name: 'overview', path: '/tong-quan/' },
  { name: 'about the data', path: '/gioi-thieu/' },
  { name: 'downloads', path: '/du-lieu/' },
  {
    name: 'comparison of a measure',
    path: '/so-sanh?measure=vaccination',
    ready: (page) => page.locator('.compare-app[data-ready="true"]').waitFor({ timeout: 15_000 }),
  },
  { name: 'not found', path: '/khong-co-trang-nay' },
];

/** "color-contrast on .legend-minor: Element has insufficient color contrast…", one per node. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}) on ${node.target.join(' ')}: ${node.failureSummary ?? v.help}`),
  );
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  test.each(PAGES)('$name ($path) has no violations', async ({ path, ready }) => {
    const { page } = await portal.open(path, { viewport: { width: 1280, height: 900 } });
    await ready?.(page);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  test('the check itself works: a control with no name on a real page is reported', async () => {
    const { page } = await portal.open('/gioi-thieu/');
    await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<button></button>'));
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a']).analyze();
    expect(violations.map((v) => v.id)).toContain('button-name');
    await page.context().close();
  });

  test('the search page has no violations on a phone either', async () => {
    const { page } = await portal.open('/?q=t%C3%ADnh', { viewport: { width: 375, height: 800 } });
    await page.locator('.result mark').first().waitFor();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(describeViolations(violations)).toEqual([]);
    await page.context().close();
  });
});
