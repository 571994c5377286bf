/**
 * A dedicated Meilisearch with the seed directives indexed by `indexCorpus`, exactly as `chithi
 * index` does it, for the search-*.test.ts files. The corpus is ingested from content/ in-process
 * (a fresh clone has no .chithi/corpus yet).
 */
import type { Directive } from '../../src/lib/directive/schema.ts';
import { indexCorpus, type PublicSearchConfig } from '../../src/lib/search/indexer.ts';
import { seedDirectives } from '../setup/seeds.ts';
import { startTestMeili, type TestMeili } from './setup/meili.ts';

export interface SeedSearch {
  meili: TestMeili;
  config: PublicSearchConfig;
  directives: Directive[];
}

export async function startSeedSearch(): Promise<SeedSearch> {
  const [meili, directives] = await Promise.all([startTestMeili(), seedDirectives()]);
  const config = await indexCorpus(meili, directives, { indexPrefix: meili.indexPrefix });
  return { meili, config, directives };
}
