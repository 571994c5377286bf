import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { siteSelection } from '../../../src/lib/page-data/site-data.ts';
import { prepareSiteData } from '../../../src/lib/page-data/site-parts.ts';
import { seed } from '../../setup/seeds.ts';
import { DirectiveId } from '../../../src/lib/directive/schema.ts';

describe('the pages’ data (corpus.ts)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  test('reads the folder the build prepared: cards in date order, one directive whole, the families', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chithi-site-corpus-'));
    const synthetic = {
      ...seed('hung-yen-2021-05-08-261-cv-tu'),
      id: DirectiveId.parse('synthetic-1'),
      synthetic: true,
    };
    const corpus = [
      seed('son-la-2021-ct-ubnd-thay-the-24'),
      synthetic,
      seed('thanh-hoa-2021-07-22-329-cv-tu'),
      seed('hai-duong-2020-08-28-tbkl-ban-thuong-vu'),
    ];
    await prepareSiteData(siteSelection(corpus), dir);
    vi.stubEnv('CHITHI_SITE_DATA', dir);
    const { siteCards, siteData, siteDirective } = await import('../../../src/lib/page-data/corpus.ts');
    expect((await siteCards()).map((d) => d.id)).toEqual([
      'hai-duong-2020-08-28-tbkl-ban-thuong-vu',
      'thanh-hoa-2021-07-22-329-cv-tu',
      'son-la-2021-ct-ubnd-thay-the-24',
    ]);
    expect(await siteDirective('thanh-hoa-2021-07-22-329-cv-tu')).toEqual(seed('thanh-hoa-2021-07-22-329-cv-tu'));
    const families = await (await siteData()).families();
    for (const family of families) {
      expect(family.members.every((m) => m.directive !== 'synthetic-1')).toBe(true);
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
