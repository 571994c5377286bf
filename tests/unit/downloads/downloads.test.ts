import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import {
  DOWNLOAD_SCHEMA_VERSION,
  writeDownloads,
  type DownloadManifest,
} from '../../../src/lib/downloads/downloads.ts';
import { allSeeds } from '../../setup/seeds.ts';

describe('writeDownloads', () => {
  const seeds = allSeeds();
  let dir = '';
  let manifest: DownloadManifest;
  const read = (path: string) => readFileSync(join(dir, path));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chithi-downloads-'));
    manifest = await writeDownloads(seeds, dir, { now: new Date('2026-01-02T03:04:05Z') });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('directives.jsonl.gz has one directive per line, each exactly as ingested', () => {
    const lines = gunzipSync(read('directives.jsonl.gz')).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(seeds.length);
    expect(lines.map((l) => JSON.parse(l) as Directive)).toEqual(seeds);
  });

  test('directives.json keeps its shape for small corpora, now with the schema version', () => {
    const json = JSON.parse(read('directives.json').toString('utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({
      schemaVersion: DOWNLOAD_SCHEMA_VERSION,
      count: 5,
      generated: '2026-01-02T03:04:05.000Z',
    });
    expect(json['directives']).toEqual(seeds);
  });

  test('each province has its own files, holding only its directives', () => {
    const thanhHoa = gunzipSync(read('tinh/thanh-hoa.jsonl.gz')).toString('utf8').trimEnd().split('\n');
    expect(thanhHoa.map((l) => (JSON.parse(l) as Directive).id)).toEqual(['thanh-hoa-2021-07-22-329-cv-tu']);
    const provinces = manifest.files.filter((f) => f.province).map((f) => f.path);
    expect(provinces).toContain('tinh/son-la.csv.gz');
    expect(provinces).toHaveLength(10);
  });

  test('each directive has its JSON and its text as received', () => {
    const [first] = seeds;
    expect(JSON.parse(read(`van-ban/${first?.id}.json`).toString('utf8'))).toEqual(first);
    expect(read(`van-ban/${first?.id}.txt`).toString('utf8')).toBe(first?.text.original);
  });

  test('schema.json names the version and every file with its real size and counts', () => {
    const written = JSON.parse(read('schema.json').toString('utf8')) as DownloadManifest;
    expect(written).toEqual(manifest);
    const csv = manifest.files.find((f) => f.path === 'clauses.csv.gz');
    expect(csv).toMatchObject({ directives: 5, clauses: seeds.reduce((n, d) => n + d.clauses.length, 0) });
    expect(csv?.bytes).toBe(read('clauses.csv.gz').length);
  });
});
