/**
 * Issue 12, item 10: `chithi index` when its Meilisearch dies mid-way (SIGKILL) ends with advice —
 * check the server, start it, run the command again — and exit status 1, not a stack trace.
 */
import { writeCorpusFile } from '../../src/lib/corpus/format.ts';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { ingestDirectory } from '../../src/lib/ingest/ingest.ts';
import { startServer, stopServer } from '../../src/runtime/meilisearch/index.ts';
import { generateSyntheticCorpus } from '../../src/lib/synthetic/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
const scratch = mkdtempSync(join(tmpdir(), 'chithi-index-death-'));
const dataDir = join(scratch, 'meili');

afterAll(async () => {
  await stopServer({ dataDir, graceMs: 2000 });
  rmSync(scratch, { recursive: true, force: true });
});

test('Meilisearch killed while `chithi index` runs: advice and exit 1, no stack trace', async () => {
  const server = await startServer({ dataDir, env: 'production', environment });
  const { directives: sources } = await ingestDirectory();
  // Large enough that indexing is still running when the server is killed.
  const corpusDir = join(scratch, 'corpus');
  const corpus = generateSyntheticCorpus({ directives: 300, seed: 3, sources });
  await writeCorpusFile(corpus, corpusDir);

  const child = spawn(process.execPath, ['scripts/chithi.mjs', 'index', '--corpus', corpusDir], {
    cwd: root,
    env: { ...environment, MEILI_HOST: server.host, MEILI_MASTER_KEY: server.masterKey },
  });
  let stdout = '';
  let stderr = '';
  let killed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // The first progress line: indexing has begun.
    if (!killed && /clauses/.test(stdout)) {
      killed = true;
      process.kill(server.pid, 'SIGKILL');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));

  expect(killed).toBe(true);
  expect(status).toBe(1);
  expect(stderr).toMatch(/Meilisearch did not answer/);
  expect(stderr).toMatch(/`npx chithi meili status`.*`npx chithi meili start`.*run this command again/s);
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}, 120_000);
