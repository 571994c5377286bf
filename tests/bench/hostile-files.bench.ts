/**
 * What each hostile file of the reliability probe costs now (issue 20): each case sits in its own
 * folder beside the five seeds and is ingested for real (workers, no cache), at the probe's own
 * sizes — the 2.25 GB and 400 MB ZIP bombs, the 47 MB page — plus the largest files the limits
 * still admit (Word XML and page text just under them), which are the real bound. Prints, per
 * case, what the user reads, the worker's time and peak memory (VmHWM, read by the pool from
 * /proc), and whether the seeds beside it were all ingested. The bound: ≤ 30 s, ≤ 1 GB.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDirectory } from '../../src/lib/ingest/ingest.ts';
import { encodeTcvn3, asSingleBytes, encodeWindows1258 } from '../unit/source/helpers/legacy-encoders.ts';
import {
  docxBomb,
  docxDeep,
  docxDeepUnknown,
  docxFormatted,
  docxLyingBomb,
  htmlBig,
  htmlDeep,
  RTF,
  windowsProgram,
} from '../unit/ingest/hostile-files.ts';
import { SEEDS, SEEDS_DIR } from '../unit/ingest/temp-folder.ts';
import { printTable } from './table.ts';

type Case = [label: string, name: string, bytes: () => Promise<Uint8Array> | Uint8Array];

const FORMATS = new URL('../fixtures/formats/', import.meta.url);
const page = (): string => readFileSync(new URL('directive.html', FORMATS), 'utf8');

const CASES: Case[] = [
  ['1a .docx, XML → 2.25 GB', 'bomb.docx', () => docxBomb(2250)],
  ['1a′ same, headers lying', 'lying.docx', () => docxLyingBomb(2250)],
  ['1b .docx, XML → 400 MB', 'bomb.docx', () => docxBomb(400)],
  ['1c .docx, 100k nested w:smartTag', 'deep.docx', () => docxDeep(100_000)],
  ['1d .docx, 100k nested unknown', 'deep.docx', () => docxDeepUnknown(100_000)],
  ['limit: .docx, 1.95 MiB formatted XML', 'formatted.docx', () => docxFormatted(1.95)],
  ['4b HTML, 47 MB', 'big.html', () => htmlBig(47)],
  ['limit: HTML, 2.4 MiB of text', 'big.html', () => htmlBig(2.4)],
  ['4d utf-8 declared, Windows-1258 bytes', 'page.html', () => encodeWindows1258(page())],
  ['4e unknown charset, TCVN3 bytes', 'page.html', () => asSingleBytes(encodeTcvn3(page().replace('utf-8', 'x-abc')))],
  ['4f HTML, 200k nested div', 'deep.html', () => htmlDeep(200_000)],
  ['5a RTF as .doc', 'rtf.doc', () => RTF],
  ['5a .exe as .docx', 'program.docx', () => windowsProgram()],
  ['5b HTML as .pdf', 'page.pdf', () => Buffer.from(page())],
  ['5d 0-byte .docx', 'empty.docx', () => new Uint8Array()],
  ['5d 0-byte .html', 'empty.html', () => new Uint8Array()],
  ['5d 0-byte .png', 'empty.png', () => new Uint8Array()],
  ['5h 255-byte name', `${'a'.repeat(251)}.txt`, () => readFileSync(join(SEEDS_DIR, SEEDS[0]!))],
];

export default async function hostileFilesBench(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'chithi-bench-hostile-'));
  const rows: Array<Array<string | number>> = [];
  try {
    // HOSTILE_CASES=limit runs only the cases whose label holds it.
    const only = process.env['HOSTILE_CASES'];
    for (const [label, name, bytes] of CASES.filter(([caseLabel]) => !only || caseLabel.includes(only))) {
      const dir = join(scratch, String(rows.length));
      mkdirSync(dir);
      for (const seed of SEEDS) copyFileSync(join(SEEDS_DIR, seed), join(dir, seed));
      writeFileSync(join(dir, name), await bytes());
      const { report } = await ingestDirectory({ dir, cache: false });
      const file = report.files.find((f) => f.file === name)!;
      const seedsOk = SEEDS.every((s) => report.files.find((f) => f.file === s)?.id !== undefined);
      const said = file.messages[0]?.slice(name.length).replace(/^(:\d+)?: /, '') ?? `✓ ${file.id}`;
      rows.push([
        label,
        file.status,
        said.length > 90 ? `${said.slice(0, 89)}…` : said,
        (file.workerMs ?? Number.NaN) / 1000,
        file.peakMemoryMb ?? Number.NaN,
        seedsOk ? 'all 5' : 'NOT ALL',
      ]);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  printTable(
    'Hostile files, each beside the five seeds (bound: ≤ 30 s, ≤ 1024 MB per file)',
    ['case', 'status', 'what the user reads', 'worker s', 'peak MB', 'seeds'],
    rows,
  );
}
