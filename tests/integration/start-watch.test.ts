/**
 * Issue 12, item 4: `chithi start` notices when its Meilisearch dies and says so; a crashed server
 * is started again (same port), and the watch says when search works again. A server stopped on
 * purpose (`chithi meili stop`) is reported, not restarted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, test } from 'vitest';
import { isHealthy, startServer, stopServer } from '../../src/runtime/meilisearch/index.ts';
import { waitForExit } from '../../src/runtime/meilisearch/process-check.ts';
import { watchServer } from '../../scripts/commands/watch-server.ts';

const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
const scratch = mkdtempSync(join(tmpdir(), 'chithi-start-watch-'));
const dataDir = join(scratch, 'meili');

afterAll(async () => {
  await stopServer({ dataDir, graceMs: 2000 });
  rmSync(scratch, { recursive: true, force: true });
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

test('a server killed with SIGKILL is reported, restarted on its port, and reported back', async () => {
  const server = await startServer({ dataDir, env: 'production', environment });
  const lines: string[] = [];
  const watch = watchServer(
    { host: server.host, masterKey: server.masterKey, managed: true },
    { intervalMs: 200, log: (line) => lines.push(line), dataDir },
  );
  try {
    process.kill(server.pid, 'SIGKILL');
    await waitForExit(server.pid, 5000);
    await until(() => lines.some((l) => l.includes('answers again')));
    expect(lines[0]).toBe(`✗ Meilisearch at ${server.host} stopped answering: search on the site is down.`);
    expect(lines).toContain(`  restarted Meilisearch at ${server.host}`);
    expect(lines.at(-1)).toContain(`✓ Meilisearch at ${server.host} answers again`);
    expect(await isHealthy(server.host)).toBe(true);
  } finally {
    watch.stop();
  }
}, 60_000);

test('a server stopped on purpose is reported and left stopped', async () => {
  const server = await startServer({ dataDir, env: 'production', environment });
  const lines: string[] = [];
  const watch = watchServer(
    { host: server.host, masterKey: server.masterKey, managed: true },
    { intervalMs: 200, log: (line) => lines.push(line), dataDir },
  );
  try {
    await stopServer({ dataDir, graceMs: 5000 });
    await until(() => lines.length > 0);
    await sleep(1000);
    expect(lines).toEqual([`✗ Meilisearch at ${server.host} stopped answering: search on the site is down.`]);
    expect(await isHealthy(server.host)).toBe(false);
  } finally {
    watch.stop();
  }
}, 60_000);
