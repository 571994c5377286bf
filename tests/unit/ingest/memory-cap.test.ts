/**
 * The worker memory cap (`--max-memory`): a file that takes its worker past the cap is stopped, with
 * one line naming it, the limit and the flag; the seed beside it is ingested. The file is the
 * largest Word file the limits admit (heavily formatted XML just under the text limit: mammoth
 * needs ~440 MB for it), under a cap of 400 MB that a seed (~280 MB) stays under. Which stage the
 * worker is in when it passes the cap depends on when the collector runs (reading, parsing or tagging
 * have all been seen), so the line is checked for a stage, not for one stage.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ingestDirectory, type IngestResult } from '../../../src/lib/ingest/ingest.ts';
import { docxFormatted } from './hostile-files.ts';
import { SEEDS, tempFolder, type TempFolder } from './temp-folder.ts';

const CAP_MB = 400;
let folder: TempFolder;
let result: IngestResult;

beforeAll(async () => {
  folder = tempFolder('memory-cap', SEEDS.slice(0, 1));
  writeFileSync(join(folder.dir, 'formatted.docx'), await docxFormatted(1.95));
  result = await ingestDirectory({ dir: folder.dir, cache: false, jobs: 1, budgets: { memoryMb: CAP_MB } });
}, 180_000);

afterAll(() => folder.remove());

test('a file past the memory cap is stopped with the limit and the flag, and the seed still ingests', () => {
  const file = result.report.files.find((f) => f.file === 'formatted.docx')!;
  expect(file.status).toBe('rejected');
  expect(file.messages).toEqual([
    expect.stringMatching(
      new RegExp(`^formatted\\.docx: stopped while [a-z ]+: .*past ${CAP_MB} MB .*--max-memory ${CAP_MB * 2}`),
    ),
  ]);
  expect(file.peakMemoryMb).toBeGreaterThan(CAP_MB);
  const seed = result.report.files.find((f) => f.file === SEEDS[0])!;
  expect(seed.id).toBeDefined();
  expect(seed.peakMemoryMb).toBeLessThan(CAP_MB);
});
