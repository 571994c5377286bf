/**
 * The JavaScript a built page makes the browser load, and its gzip size: what the 60 KB budget of
 * the search page is measured on. Follows what Astro emits — module <script src>, inline module
 * scripts, and each island's component and renderer URLs — then every import of those chunks
 * (read by es-module-lexer), each file counted once.
 *
 * Why not size-limit (@size-limit/file): it measures the files a fixed list of globs matches. The
 * search page loads inline scripts (the island bootstrap) that are no file, and shared chunks whose
 * names Rollup picks per build after their first module (today `live-config.*.js`, `render.*.js`);
 * a glob list of today's names stops counting a chunk the day it is renamed, and `_astro/*.js`
 * counts the comparison island too. Following the page's own references measures what it loads.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initSync, parse } from 'es-module-lexer';

export interface PageScript {
  /** Site path ("/_astro/SearchApp.x.js"), or "inline #n" for a script in the HTML. */
  path: string;
  bytes: number;
  gzip: number;
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+\.m?js)"/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const ISLAND_URLS = /\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g;
/** Every script `pagePath` (e.g. "/index.html") loads from the site built in `distDir`. */
export function pageScripts(distDir: string, pagePath: string): PageScript[] {
  const html = readFileSync(join(distDir, pagePath), 'utf8');
  const scripts: PageScript[] = [];
  let n = 0;
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const code = m[1] ?? '';
    if (code.trim() && !/type="application\/(?:ld\+)?json"/.test(m[0])) scripts.push(measure(`inline #${++n}`, code));
  }
  const queue = [...html.matchAll(SCRIPT_SRC), ...html.matchAll(ISLAND_URLS)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (!url.startsWith('/') || seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(distDir, url), 'utf8');
    scripts.push(measure(url, code));
    for (const target of importedUrls(code))
      queue.push(target.startsWith('/') ? target : posix.join(posix.dirname(url), target));
  }
  return scripts;
}

/**
 * The module URLs a chunk imports, read by es-module-lexer (Vite's own import reader): static
 * imports, re-exports and `import("…")` with a literal URL. Dynamic imports count too: the budget
 * is for everything the page may load.
 */
function importedUrls(code: string): string[] {
  initSync();
  const [imports] = parse(code);
  return imports.flatMap((i) => (i.n !== undefined && /\.m?js$/.test(i.n) ? [i.n] : []));
}

function measure(path: string, code: string): PageScript {
  return { path, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * The search page's JavaScript budget, gzip: everything it loads, island chunks and inline scripts.
 * Asserted by tests/e2e/portal.test.ts, printed by tests/bench/bundle.bench.ts.
 */
export const SEARCH_PAGE_BUDGET_GZIP = 60 * 1024;

export const totalGzip = (scripts: readonly PageScript[]): number => scripts.reduce((n, s) => n + s.gzip, 0);
