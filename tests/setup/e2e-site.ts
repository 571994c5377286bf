/**
 * The site the end-to-end tests read, built ONCE per test run (a globalSetup of the e2e project in
 * tests/vitest.config.ts, so a run without e2e files does not pay for it): the seeds plus the
 * hand-written variants in tests/fixtures/compare/e2e-variants/ (a Quảng Trị directive that writes
 * "Tỉnh uỷ" with the new tone placement against Thanh Hóa's "Tỉnh ủy", and copies Nghệ An's
 * vaccination bullet word for word) ingested into a temporary corpus, indexed into a dedicated
 * Meilisearch that lives until the run ends, and built into a temporary folder with that server's
 * public search settings. Nothing touches .chithi/ or dist/. Each test file serves the folder and
 * drives it with its own browser (tests/e2e/setup/portal.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ingestDirectory, writeCorpus } from '../../src/lib/ingest/ingest.ts';
import { projectRoot } from '../../src/lib/paths.ts';
import { indexCorpus } from '../../src/lib/search/indexer.ts';
import { writePublicSearchConfig, type PublicSearchConfig } from '../../src/lib/search/public-config.ts';
import { buildSite } from '../../src/runtime/build/build-site.ts';
import { startTestMeili } from '../integration/setup/meili.ts';

/** What a test file gets from `inject('e2eSite')`: plain data, as it crosses into the workers. */
export interface BuiltSite {
  distDir: string;
  /** The public settings the search page carries. */
  config: PublicSearchConfig;
  /** Only so a test can prove the built site does not contain it. */
  masterKey: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eSite: BuiltSite;
  }
}

const VARIANTS = join(projectRoot(), 'tests', 'fixtures', 'compare', 'e2e-variants');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'chithi-e2e-'));
  const meili = await startTestMeili();
  const teardown = async (): Promise<void> => {
    await meili.stop();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const seeds = await ingestDirectory();
    const variants = await ingestDirectory({ dir: VARIANTS });
    const directives = [...seeds.directives, ...variants.directives].map(withSourceUrl);
    const corpusDir = join(work, 'corpus');
    await writeCorpus({ directives, report: seeds.report }, corpusDir);
    const config = await indexCorpus(meili, directives, { indexPrefix: meili.indexPrefix });
    const searchConfigFile = writePublicSearchConfig(config, join(work, 'search-config.json'), meili.masterKey);
    const { outDir } = await buildSite({ outDir: join(work, 'dist'), corpusDir, searchConfigFile });
    project.provide('e2eSite', { distDir: outDir, config, masterKey: meili.masterKey });
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

/**
 * Source links for the link test (tests/e2e/search-restart.test.ts): Sơn La's as a real https
 * source. A `javascript:` source cannot be built into the site at all: the sidecar reader refuses
 * it, and the corpus loader refuses a corpus that carries one (tested there, not through a page).
 */
export const SOURCE_URLS: Record<string, string> = {
  'son-la-2021-ct-ubnd-thay-the-24': 'https://example.org/son-la-24',
};

function withSourceUrl<T extends { id: string; sourceUrl: string | null }>(directive: T): T {
  const sourceUrl = SOURCE_URLS[directive.id];
  return sourceUrl === undefined ? directive : { ...directive, sourceUrl };
}
