import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpusFile } from '../../src/lib/corpus/format.ts';
import { projectRoot } from '../../src/lib/paths.ts';
import { seedDirectives } from '../setup/seeds.ts';
import { startTestMeili, type TestMeili } from './setup/meili.ts';

const run = promisify(execFile);
let meili: TestMeili;
let corpus: string;

/** `chithi <args>` pointed at the test server through MEILI_HOST, as a user would point it at theirs. */
function chithi(...args: string[]) {
  return run(process.execPath, [join(projectRoot(), 'scripts', 'chithi.mjs'), ...args], {
    cwd: projectRoot(),
    env: { ...process.env, MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey },
  });
}

beforeAll(async () => {
  meili = await startTestMeili();
  corpus = mkdtempSync(join(tmpdir(), 'chithi-search-cli-'));
  await writeCorpusFile(await seedDirectives(), corpus);
  await chithi('index', '--corpus', corpus, '--prefix', meili.indexPrefix);
});
afterAll(async () => {
  rmSync(corpus, { recursive: true, force: true });
  await meili?.stop();
});

describe('chithi search', () => {
  test('--json prints an array of hits with directive, province, date, clauseId, full text and marked segments', async () => {
    const { stdout } = await chithi('search', '16/CT-TTg', '--json', '--prefix', meili.indexPrefix);
    const hits = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      directive: 'thanh-hoa-2021-07-22-329-cv-tu',
      province: 'thanh-hoa',
      date: '2021-07-22',
      clauseId: 'mo-dau',
    });
    expect(hits[0]!['text']).toMatch(/^Hiện nay, tình hình dịch bệnh Covid-19/);
    expect(hits[0]).not.toHaveProperty('highlight');
    const segments = hits[0]!['segments'] as Array<{ text: string; match: boolean }>;
    expect(segments.filter((s) => s.match)).toEqual([{ text: '16/CT-TTg', match: true }]);
    expect(segments.map((s) => s.text).join('')).toMatch(/^…hội theo Chỉ thị 16\/CT-TTg của Thủ tướng Chính phủ/);
  });

  test('filters by province name, measure, type and dates as the flags say', async () => {
    const { stdout } = await chithi(
      'search',
      'tiêm',
      '--province',
      'Thanh Hoá',
      '--province',
      'nghe-an',
      '--measure',
      'vaccination',
      '--type',
      'Chỉ thị',
      '--from',
      '2021-08-01',
      '--to',
      '2021-08-31',
      '--limit',
      '5',
      '--json',
      '--prefix',
      meili.indexPrefix,
    );
    const hits = JSON.parse(stdout) as Array<{ directive: string; measures: string[] }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(new Set(hits.map((h) => h.directive))).toEqual(new Set(['nghe-an-2021-08-07-07-ct-tu']));
    expect(hits.every((h) => h.measures.includes('vaccination'))).toBe(true);
  });

  test('without --json prints a readable list; --exact keeps exact spellings', async () => {
    const { stdout } = await chithi('search', 'tính', '--exact', '--limit', '2', '--prefix', meili.indexPrefix);
    expect(stdout).toMatch(/^\d+ matching clauses, page 1 of \d+/);
    expect(stdout).toContain('1. Hải Dương · Thông báo kết luận (không số) · 28/8/2020');
    expect(stdout).toContain('«tính»');
  });

  test('an unknown province is refused with the reason', async () => {
    await expect(chithi('search', 'x', '--province', 'Atlantis', '--prefix', meili.indexPrefix)).rejects.toMatchObject({
      stderr: expect.stringContaining('unknown province "Atlantis"'),
    });
  });
});
