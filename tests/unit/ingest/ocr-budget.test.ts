/**
 * A scan over its OCR budget is stopped together with the Tesseract it started: the worker leads its
 * own process group and the whole group is killed, and ingest returns only once it is empty. Runs
 * where OCR is available (the formats work's scan fixture and Debian's tesseract-ocr); skipped
 * otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ingestDirectory } from '../../../src/lib/ingest/ingest.ts';
import { tempFolder } from './temp-folder.ts';

const SCAN = fileURLToPath(new URL('../../fixtures/formats/directive-scan.png', import.meta.url));
const ocrAvailable = existsSync(SCAN) && spawnSync('tesseract', ['--version']).status === 0;
const folder = tempFolder('ocr-budget');
afterAll(() => folder.remove());

/** Processes in the group of one of our worker children (not the worker itself): pid → command. */
function startedByWorkers(): Map<string, string> {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,pgid=,comm='])
    .toString()
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  const workers = new Set(rows.filter(([, ppid]) => ppid === String(process.pid)).map(([pid]) => pid));
  return new Map(
    rows.filter(([pid, , pgid]) => workers.has(pgid) && pid !== pgid).map(([pid, , , comm]) => [pid!, comm!]),
  );
}

function alive(pid: string): boolean {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!ocrAvailable)('the OCR budget', () => {
  test('a scan over it is rejected naming --ocr-timeout, and no Tesseract is left running', async () => {
    copyFileSync(SCAN, join(folder.dir, 'scan.png'));
    const seen = new Map<string, string>();
    const watch = setInterval(() => startedByWorkers().forEach((comm, pid) => seen.set(pid, comm)), 50);
    const { report } = await ingestDirectory({ dir: folder.dir, cache: false, budgets: { ocrMs: 4000 } });
    clearInterval(watch);
    console.log(`${report.files[0]?.messages[0]}; started by the worker: ${[...seen.values()].join(', ')}`);
    expect(report.files[0]).toMatchObject({
      status: 'rejected',
      messages: [expect.stringMatching(/scan\.png: stopped after 4 s while reading .*--ocr-timeout/)],
    });
    expect([...seen.values()]).toContain('tesseract');
    expect([...seen.keys()].filter(alive)).toEqual([]);
  });
});
