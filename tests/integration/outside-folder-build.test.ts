/**
 * A user's folder outside the project (`chithi ingest --dir ~/chi-thi`), built into a site: the
 * folder's absolute path (the user's home, their name) must appear in no file of dist/ — the probe
 * found it in 37 (directive pages, /du-lieu/van-ban/*.json, directives.jsonl). Every file the build
 * writes is read, compressed copies (.gz, .br) unpacked. The folder also holds a file with a
 * 255-byte name (the build failed on it with ENAMETOOLONG), a Word file and a sidecar, whose paths
 * are published too.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../src/lib/paths.ts';
import { buildSite } from '../../src/runtime/build/build-site.ts';
import { fixture } from '../unit/source/helpers/formats.ts';
import { SEEDS, SEEDS_DIR } from '../unit/ingest/temp-folder.ts';

const run = promisify(execFile);
const LONG_NAME = `${'a'.repeat(251)}.txt`;

let root: string;
let dist: string;
let ingestOutput: string;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

function contentOf(path: string): string {
  const bytes = readFileSync(path);
  if (path.endsWith('.gz')) return gunzipSync(bytes).toString('utf8');
  if (path.endsWith('.br')) return brotliDecompressSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'chithi-outside-'));
  const dir = join(root, 'chi-thi');
  mkdirSync(dir);
  for (const seed of SEEDS) copyFileSync(join(SEEDS_DIR, seed), join(dir, seed));
  copyFileSync(join(SEEDS_DIR, SEEDS[0]!), join(dir, LONG_NAME));
  copyFileSync(fixture('directive.docx'), join(dir, 'word.docx'));
  writeFileSync(join(dir, 'word.meta.yaml'), 'sourceUrl: https://example.org/van-ban/word\n');
  const corpus = join(root, 'corpus');
  const ingest = await run(
    process.execPath,
    ['scripts/chithi.mjs', 'ingest', '--dir', dir, '--out', corpus, '--no-cache'],
    { cwd: projectRoot(), maxBuffer: 16 * 1024 * 1024 },
  );
  ingestOutput = ingest.stdout;
  dist = (await buildSite({ corpusDir: corpus, outDir: join(root, 'dist') })).outDir;
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a site built from a folder outside the project', () => {
  test('every document was ingested, the 255-byte name included', () => {
    expect(ingestOutput).toContain('7 parsed');
    expect(readdirSync(join(dist, 'van-ban')).some((id) => /^a+-[0-9a-f]{8}$/.test(id))).toBe(true);
  });

  test('no file of dist/ holds the folder’s absolute path', () => {
    const files = [...filesUnder(dist)];
    expect(files.length).toBeGreaterThan(50);
    const leaking = files.filter((file) => contentOf(file).includes(root));
    expect(leaking.map((f) => f.slice(dist.length + 1))).toEqual([]);
  });

  test('the directive pages name the source file relative to its folder', () => {
    const page = readFileSync(join(dist, 'van-ban', 'word', 'index.html'), 'utf8');
    expect(page).toMatch(/<code[^>]*>word\.docx<\/code>/);
  });
});
