/**
 * Issue 12, items 4 and 5, on a real Meilisearch: one server per data folder whatever server.json
 * says, and a server killed with SIGKILL comes back where the site looks for it, with the same
 * search key, so nothing needs rebuilding.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchClauses } from '../../src/lib/search/query.ts';
import { serverPaths, serverStatus, startServer, stopServer } from '../../src/runtime/meilisearch/index.ts';
import { serversFor, waitForExit } from '../../src/runtime/meilisearch/process-check.ts';
import { isLockHeld } from '../../src/runtime/meilisearch/server-lock.ts';
import { indexCorpus, type PublicSearchConfig } from '../../src/lib/search/indexer.ts';
import { seedDirectives } from '../setup/seeds.ts';

const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
const scratch = mkdtempSync(join(tmpdir(), 'chithi-meili-restart-test-'));
const dataDir = join(scratch, 'meili');
const paths = serverPaths(dataDir);
const start = () => startServer({ dataDir, env: 'production', environment });

let config: PublicSearchConfig;

beforeAll(async () => {
  const server = await start();
  config = await indexCorpus(server, await seedDirectives(), { indexPrefix: 't_restart_' });
}, 60_000);

afterAll(async () => {
  await stopServer({ dataDir, graceMs: 2000 });
  rmSync(scratch, { recursive: true, force: true });
});

describe('one Meilisearch per data folder', () => {
  test('a damaged server.json does not give a second server: the running one is found and reused', async () => {
    const before = serversFor(paths.dbPath);
    expect(before).toHaveLength(1);
    writeFileSync(paths.stateFile, '{"host": "http://127.0.0.1:1", "pi');
    writeFileSync(paths.pidFile, 'garbage\n');

    const again = await start();

    expect(again.reused).toBe(true);
    expect(again.pid).toBe(before[0]);
    expect(serversFor(paths.dbPath)).toEqual(before);
    // The state file was rewritten whole, naming the live server.
    expect(JSON.parse(readFileSync(paths.stateFile, 'utf8'))).toMatchObject({ pid: before[0] });
  });

  test('status reports the live server even when server.json is damaged', async () => {
    writeFileSync(paths.stateFile, 'not json');
    const status = await serverStatus({ dataDir });
    expect(status).toMatchObject({ running: true, healthy: true, pid: serversFor(paths.dbPath)[0] });
  });

  test('the running server holds the data folder’s lock (flock), so no second one can open the database', () => {
    expect(isLockHeld(paths.serverLockFile)).toBe(true);
  });
});

describe('after SIGKILL', () => {
  test('the next start listens on the same port, and the page’s search key finds the same clauses', async () => {
    const [pid] = serversFor(paths.dbPath);
    const port = Number(new URL(config.host).port);
    const query = { q: 'cách ly', limit: 5 };
    const before = await searchClauses(config, query);
    expect(before.total).toBeGreaterThan(0);

    process.kill(pid!, 'SIGKILL');
    expect(await waitForExit(pid!, 5000)).toBe(true);
    await expect(searchClauses(config, query)).rejects.toThrow();
    // The kernel released the lock with the process.
    expect(isLockHeld(paths.serverLockFile)).toBe(false);

    const restarted = await start();
    expect(restarted.reused).toBe(false);
    expect(restarted.port).toBe(port);
    // The unchanged public config (host and search-only key) works again: no rebuild, no re-index.
    const after = await searchClauses(config, query);
    expect(after.total).toBe(before.total);
  }, 60_000);

  test('stop stops every server of the folder, even with the state files gone', async () => {
    rmSync(paths.stateFile, { force: true });
    rmSync(paths.pidFile, { force: true });
    const result = await stopServer({ dataDir, graceMs: 5000 });
    expect(result.stopped).toBe(true);
    expect(serversFor(paths.dbPath)).toEqual([]);
  });
});
