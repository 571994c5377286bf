/**
 * JavaScript shipped per page, gzip: the search page must stay within 60 KB; every other page
 * should ship none but the tiny copy-citation script. Builds the site into a temporary folder from
 * a freshly ingested corpus (without a search server: the island's code is the same either way).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDirectory, writeCorpus } from '../../src/lib/ingest/ingest.ts';
import { buildSite } from '../../src/runtime/build/build-site.ts';
import { pageScripts, SEARCH_PAGE_BUDGET_GZIP, totalGzip } from '../../src/runtime/build/page-scripts.ts';
import { printTable } from './table.ts';

const PAGES = [
  ['search', '/index.html'],
  ['directive', '/van-ban/thanh-hoa-2021-07-22-329-cv-tu/index.html'],
  ['measure', '/bien-phap/quarantine-isolation/index.html'],
  ['province', '/tinh/thanh-hoa/index.html'],
  ['overview', '/tong-quan/index.html'],
  ['about', '/gioi-thieu/index.html'],
] as const;

export default async function bundleBench(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'chithi-bundle-'));
  try {
    const corpusDir = join(work, 'corpus');
    await writeCorpus(await ingestDirectory(), corpusDir);
    const { outDir } = await buildSite({
      outDir: join(work, 'dist'),
      corpusDir,
      searchConfigFile: join(work, 'none.json'),
    });
    const rows = PAGES.map(([name, path]) => {
      const scripts = pageScripts(outDir, path);
      const gzip = totalGzip(scripts);
      const budget = name === 'search' ? `${(SEARCH_PAGE_BUDGET_GZIP / 1024).toFixed(0)} KB` : '—';
      const verdict = name === 'search' ? (gzip <= SEARCH_PAGE_BUDGET_GZIP ? 'within' : 'OVER') : '';
      return [name, scripts.length, kb(scripts.reduce((n, s) => n + s.bytes, 0)), kb(gzip), budget, verdict];
    });
    printTable('JavaScript per page (KB)', ['page', 'files', 'raw', 'gzip', 'budget', ''], rows);
    const search = pageScripts(outDir, '/index.html');
    printTable(
      'Search page scripts (KB)',
      ['file', 'raw', 'gzip'],
      search.map((s) => [s.path, kb(s.bytes), kb(s.gzip)]),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
