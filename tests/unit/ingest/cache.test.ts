/**
 * The content-hash cache (issue 9, item 4): an unchanged file is not read or parsed again; a changed
 * file, or a changed sidecar, is; the cached directives are the ones a fresh parse gives.
 */
import { appendFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IngestCache } from '../../../src/lib/ingest/cache.ts';
import { ingestDirectory, type IngestResult } from '../../../src/lib/ingest/ingest.ts';
import { SEEDS, tempFolder, type TempFolder } from './temp-folder.ts';

let folder: TempFolder;
let cold: IngestResult;
let warm: IngestResult;

const ingest = () => ingestDirectory({ dir: folder.dir, cache: folder.cache });

beforeAll(async () => {
  folder = tempFolder('cache', SEEDS);
  writeFileSync(join(folder.dir, `${SEEDS[1]!.replace(/\.txt$/, '')}.meta.yaml`), 'number: 12/CV-TU\n');
  cold = await ingest();
  warm = await ingest();
});

afterAll(() => folder.remove());

describe('the ingest cache', () => {
  test('the first run parses every file, the second none', () => {
    expect(cold.report.cache).toEqual({ hits: 0, misses: SEEDS.length });
    expect(warm.report.cache).toEqual({ hits: SEEDS.length, misses: 0 });
    expect(warm.report.files.every((f) => f.cached === true)).toBe(true);
  });

  test('cached directives and report lines are exactly those of the fresh parse', () => {
    expect(warm.directives).toEqual(cold.directives);
    // The worker's peak memory and time are facts of the run that parsed the file, not of the file.
    const lines = (r: IngestResult) =>
      r.report.files.map((f) => ({ ...f, cached: undefined, peakMemoryMb: undefined, workerMs: undefined }));
    expect(lines(warm)).toEqual(lines(cold));
  });

  test('a changed file is parsed again, alone, and its change shows', async () => {
    appendFileSync(join(folder.dir, SEEDS[0]!), '\nGhi chú thêm cuối văn bản.\n');
    const after = await ingest();
    expect(after.report.cache).toEqual({ hits: SEEDS.length - 1, misses: 1 });
    expect(after.report.files.find((f) => !f.cached)?.file).toMatch(new RegExp(`${SEEDS[0]}$`));
    expect(after.directives[0]!.text.original).toContain('Ghi chú thêm cuối văn bản.');
  });

  test('a changed sidecar makes its document parse again, with the new value', async () => {
    writeFileSync(join(folder.dir, `${SEEDS[1]!.replace(/\.txt$/, '')}.meta.yaml`), 'number: 13/CV-TU\n');
    const after = await ingest();
    expect(after.report.cache).toEqual({ hits: SEEDS.length - 1, misses: 1 });
    expect(after.directives[1]!.number).toMatchObject({ provenance: 'provided', value: '13/CV-TU' });
  });

  test('a rejection is cached too, and reported the same way', async () => {
    writeFileSync(join(folder.dir, 'empty.txt'), '');
    const first = await ingest();
    const second = await ingest();
    const line = (r: IngestResult) => r.report.files.find((f) => f.file === 'empty.txt');
    expect(line(first)).toMatchObject({ status: 'rejected' });
    expect(line(second)).toMatchObject({ status: 'rejected', cached: true, messages: line(first)!.messages });
    expect(second.report.cache.misses).toBe(0);
  });

  test('cache: false parses everything', async () => {
    const fresh = await ingestDirectory({ dir: folder.dir, cache: false });
    expect(fresh.report.cache).toEqual({ hits: 0, misses: SEEDS.length + 1 });
  });

  test('entries unused for 30 days are removed, at most once a day; used ones stay', async () => {
    const entries = () => readdirSync(folder.cache, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    const before = entries();
    const old = join(folder.cache, String(before[0]));
    const monthAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    utimesSync(old, monthAgo, monthAgo);
    rmSync(join(folder.cache, 'last-pruned'), { force: true });
    const cache = new IngestCache(folder.cache);
    expect(await cache.prune()).toBe(1);
    expect(entries()).toHaveLength(before.length - 1);
    expect(await cache.prune()).toBe(0); // pruned less than a day ago
  });
});
