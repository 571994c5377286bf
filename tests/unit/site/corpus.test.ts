import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { writeCorpusFile } from '../../../src/lib/corpus/format.ts';
import { seed } from './seeds.ts';
import { DirectiveId } from '../../../src/lib/directive/schema.ts';

describe('siteDirectives', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  test('leaves synthetic directives out and sorts the rest by date, undated by their earliest date', async () => {
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
    await writeCorpusFile(corpus, dir);
    vi.stubEnv('CHITHI_CORPUS_DIR', dir);
    const { siteDirectives } = await import('../../../src/lib/site/corpus.ts');
    expect(siteDirectives().map((d) => d.id)).toEqual([
      'hai-duong-2020-08-28-tbkl-ban-thuong-vu',
      'thanh-hoa-2021-07-22-329-cv-tu',
      'son-la-2021-ct-ubnd-thay-the-24',
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});
