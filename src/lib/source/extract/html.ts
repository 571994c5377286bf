/**
 * A web page saved from a browser (.html/.htm) → the article's text, through Readability (Firefox's
 * reader view) on a linkedom DOM. Banners, menus, related links and footers are left out.
 *
 * The page's own facts are kept as evidence, apart from the text: its canonical URL (becomes the
 * directive's `sourceUrl`, marked as read from the page), its title, and its publication date. The
 * publication date is when a portal posted the page — often days after the directive was signed —
 * so it is never put in the text, where the parser could take it for the directive's date.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { WebPageEvidence } from '../source-types.ts';
import type { Extracted } from './extracted.ts';
import { corruptIssue, noTextIssue } from './extract-issues.ts';
import { htmlToLines } from './html-lines.ts';
import { decodeHtmlBytes } from './html-charset.ts';
import { measureHtml } from './html-guard.ts';
import { extractedTooLargeIssue, markupTooLargeIssue, tooDeepIssue } from '../source-issues.ts';

/** Below this many letters, what Readability kept is a menu or a caption, not a directive. */
const MIN_ARTICLE_CHARS = 200;

/** Tags that give the publication date, most specific first (Open Graph, schema.org, Dublin Core, news CMSs). */
const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];

interface QueryRoot {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function attribute(root: QueryRoot, selector: string, name: string): string | null {
  const value = root.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

export function pageEvidence(document: QueryRoot): WebPageEvidence {
  const canonical = attribute(document, 'link[rel="canonical"]', 'href');
  const ogUrl = attribute(document, 'meta[property="og:url"]', 'content');
  const url = [canonical, ogUrl].find((u) => u !== null && /^https?:\/\//i.test(u)) ?? null;
  const urlFrom = url === null ? null : url === canonical ? 'link rel=canonical' : 'og:url';
  const title =
    attribute(document, 'meta[property="og:title"]', 'content') ??
    (document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null);
  let published: string | null = null;
  for (const selector of PUBLISHED_SELECTORS) {
    published = attribute(document, selector, 'content');
    if (published) break;
  }
  published ??= attribute(document, 'time[datetime]', 'datetime');
  const siteName = attribute(document, 'meta[property="og:site_name"]', 'content');
  return { url, urlFrom, title, published, siteName };
}

export interface HtmlLimits {
  /** The most text one directive may hold (`--max-bytes`). */
  maxBytes: number;
  /** Deepest element nesting allowed (`--max-depth`). */
  maxDepth: number;
}

/**
 * A page's text may run a quarter past the directive limit before the article is looked for: menus,
 * footers and related links sit beside the article, and are a few KB. Past it no article under the
 * limit is likely, and the parse is not worth its cost (a page of 3.9 MiB of text took 21 s and
 * 420 MB to be refused after Readability).
 */
const PAGE_TEXT_FACTOR = 1.25;
/**
 * Markup (scripts, styles and comments stripped) per byte of the text limit (2 MiB → 8 MiB): the DOM
 * costs ~17 bytes of memory per byte of markup, and a saved portal page is 0.1–2 MB without its scripts.
 */
export const MARKUP_FACTOR = 4;

export async function extractHtml(bytes: Uint8Array, file: string, limits: HtmlLimits): Promise<Extracted> {
  const page = decodeHtmlBytes(bytes, file);
  const measure = measureHtml(page.text, limits.maxDepth);
  if (measure.depth > limits.maxDepth) {
    return { ok: false, error: tooDeepIssue(file, 'web page', measure.depth, limits.maxDepth) };
  }
  if (measure.textBytes > PAGE_TEXT_FACTOR * limits.maxBytes) {
    return { ok: false, error: extractedTooLargeIssue(file, 'web page', measure.textBytes, limits.maxBytes, 'about ') };
  }
  if (measure.stripped.length > MARKUP_FACTOR * limits.maxBytes) {
    return { ok: false, error: markupTooLargeIssue(file, measure.stripped.length, MARKUP_FACTOR, limits.maxBytes) };
  }
  let webPage: WebPageEvidence;
  let article: ReturnType<Readability<string>['parse']>;
  try {
    const { document } = parseHTML(measure.stripped);
    webPage = pageEvidence(document as unknown as QueryRoot);
    article = new Readability(document as unknown as Document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch (error) {
    return { ok: false, error: corruptIssue(file, 'web page', error instanceof Error ? error.message : String(error)) };
  }
  const lines = article?.content
    ? htmlToLines(parseHTML(`<html><body>${article.content}</body></html>`).document.body as never)
    : [];
  if (lines.join('').replace(/\s/g, '').length < MIN_ARTICLE_CHARS) {
    return {
      ok: false,
      error: noTextIssue(
        file,
        'no main content was found in this web page (Readability found only menus, banners or a few words)',
        'open the page in a browser and check the directive’s text is on it; if it is in an attached PDF or Word file, download that file instead',
      ),
    };
  }
  return {
    ok: true,
    text: `${lines.join('\n')}\n`,
    extractor: 'html',
    warnings: page.warnings,
    webPage,
    ...(page.replacementReported ? { replacementReported: true as const } : {}),
  };
}
