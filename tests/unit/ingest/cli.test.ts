/**
 * `chithi ingest` as a user runs it (issue 12, item 10): the exit status says whether any file was
 * rejected, `--json` prints the report and nothing else on stdout, and flags are checked.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import type { IngestReport } from '../../../src/lib/ingest/report.ts';
import { projectRoot } from '../../../src/lib/paths.ts';
import { SEEDS, tempFolder, type TempFolder } from './temp-folder.ts';

const execFileAsync = promisify(execFile);
let folder: TempFolder | undefined;
afterEach(() => folder?.remove());

/** Runs the real CLI; resolves with its exit code and output whatever the code. */
async function chithi(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = join(projectRoot(), 'scripts/chithi.mjs');
  return execFileAsync(process.execPath, [cli, ...args], { cwd: projectRoot() }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('chithi ingest', () => {
  test('exits 0 when every document parsed, and --json prints the report alone on stdout', async () => {
    folder = tempFolder('cli', SEEDS.slice(0, 2));
    writeFileSync(join(folder.dir, 'notes.txt~'), 'a backup');
    const out = join(folder.cache, 'corpus');
    const { code, stdout } = await chithi('ingest', '--dir', folder.dir, '--out', out, '--json', '--no-cache');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as IngestReport;
    expect(report).toMatchObject({ entries: 3, parsed: 2, rejected: 0, skipped: 1, cache: { hits: 0, misses: 2 } });
    expect(loadCorpus(out)).toHaveLength(2);
  });

  test('exits 1 when a file was rejected, and the report says which and why', async () => {
    folder = tempFolder('cli', SEEDS.slice(0, 1));
    writeFileSync(join(folder.dir, 'empty.txt'), '');
    const { code, stdout } = await chithi(
      'ingest',
      '--dir',
      folder.dir,
      '--out',
      join(folder.cache, 'c'),
      '--no-cache',
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/1 parsed .*1 rejected/);
    expect(stdout).toMatch(/✗ .*empty\.txt\n {6}.*empty\.txt: the file is empty/);
  });

  test('exits 1 when there is nothing to ingest', async () => {
    folder = tempFolder('cli');
    const { code, stderr } = await chithi('ingest', '--dir', folder.dir, '--out', join(folder.cache, 'c'));
    expect(code).toBe(1);
    expect(stderr).toContain('no directive files in');
  });

  test.each([
    ['--file-timeout', '0'],
    ['--ocr-timeout', 'soon'],
    ['--jobs', '-2'],
    ['--max-bytes', '1.5'],
  ])('%s %s is refused with a message naming the value', async (flag, value) => {
    folder = tempFolder('cli');
    const { code, stderr } = await chithi('ingest', '--dir', folder.dir, flag, value);
    expect(code).not.toBe(0);
    expect(stderr).toContain(`expected a whole number of at least 1, got "${value}"`);
  });
});
