import { describe, expect, test } from 'vitest';
import { progressReporter, runStep } from '../../../scripts/commands/progress.ts';

/** Where the reporter writes: everything it wrote, as one string; a terminal or a log file. */
function sink(isTTY: boolean) {
  let written = '';
  return {
    stream: {
      isTTY,
      write: (chunk: string | Uint8Array) => {
        written += String(chunk);
        return true;
      },
    },
    written: () => written,
  };
}

describe('progressReporter in a log or a pipe', () => {
  test('writes one line per tenth of the way, and the last', () => {
    const out = sink(false);
    const progress = progressReporter({ label: 'index', unit: 'clauses', stream: out.stream });
    for (let done = 0; done <= 200; done++) progress.update(done, 200);
    progress.stop();
    expect(out.written()).toBe(
      [0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200].map((n) => `index: ${n}/200 clauses\n`).join(''),
    );
  });

  test('stays quiet under its threshold: the seeds need no progress', () => {
    const out = sink(false);
    const progress = progressReporter({ label: 'ingest', unit: 'files', stream: out.stream, quietBelow: 50 });
    for (let done = 0; done <= 5; done++) progress.update(done, 5);
    progress.stop();
    expect(out.written()).toBe('');
  });
});

describe('progressReporter on a terminal', () => {
  test('redraws one bar in place with carriage returns only, and ends its line', () => {
    const out = sink(true);
    const progress = progressReporter({ label: 'ingest', unit: 'files', stream: out.stream, indent: '  ' });
    progress.update(0, 4);
    progress.update(4, 4);
    progress.stop();
    const empty = '.'.repeat(30);
    const full = '#'.repeat(30);
    expect(out.written()).toBe(`\r  ingest [${empty}] 0/4 files\r  ingest [${full}] 4/4 files\n`);
    // No escape code: the CLI strips them (terminal.ts), and they would show as debris.
    expect(out.written()).not.toMatch(/\x1b/);
  });

  test('a line of its own clears the bar first', () => {
    const out = sink(true);
    const progress = progressReporter({ label: 'build', unit: 'steps', stream: out.stream });
    progress.update(1, 2);
    progress.line('site data: 5 directive cards (0.4 s)');
    const bar = `build [${'#'.repeat(15)}${'.'.repeat(15)}] 1/2 steps`;
    expect(out.written().startsWith(`\r${bar}`)).toBe(true);
    expect(out.written().endsWith(`\r${' '.repeat(bar.length)}\rsite data: 5 directive cards (0.4 s)\n`)).toBe(true);
  });
});

describe('runStep', () => {
  test('prints the title, then a tick with the note indented and the seconds taken', async () => {
    const out = sink(false);
    const value = await runStep('3/5 Indexing 5 directives', async () => ({ value: 7, note: 'one\ntwo' }), out.stream);
    expect(value).toBe(7);
    expect(out.written()).toMatch(/^3\/5 Indexing 5 directives …\n {2}✓ one\n {4}two \(\d+\.\d s\)\n$/);
  });

  test('lets a failure through, after the title', async () => {
    const out = sink(false);
    await expect(
      runStep('1/5 Reading content/directives', () => Promise.reject(new Error('no files')), out.stream),
    ).rejects.toThrow('no files');
    expect(out.written()).toBe('1/5 Reading content/directives …\n');
  });
});
