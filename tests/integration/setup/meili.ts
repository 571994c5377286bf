import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  adminClient,
  resolveServer,
  startServer,
  stopServer,
  type MeiliConnection,
  type MeiliEnv,
} from '../../../src/runtime/meilisearch/index.ts';

/** A Meilisearch for one test file, and how to give it back. */
export interface TestMeili extends MeiliConnection {
  /**
   * Start of every index uid the tests create, unique per call ("t_5f2c9a_"): on a shared
   * MEILI_HOST server, tests cannot collide with each other or with real indexes.
   */
  readonly indexPrefix: string;
  /** The temp data folder of a dedicated server; undefined for MEILI_HOST. */
  readonly dataDir?: string;
  /** Stops a dedicated server and deletes its folder; on MEILI_HOST, deletes the prefixed indexes. */
  stop(): Promise<void>;
}

export interface TestMeiliOptions {
  /** Default 'production': tests run against what a deployment runs. */
  readonly env?: MeiliEnv;
}

/**
 * Starts a dedicated Meilisearch on a free port in a temp folder, never the developer's
 * .chithi/meili server. With MEILI_HOST and MEILI_MASTER_KEY set, uses that server instead.
 *
 *   let meili: TestMeili;
 *   beforeAll(async () => { meili = await startTestMeili(); });
 *   afterAll(() => meili.stop());
 */
export async function startTestMeili(options: TestMeiliOptions = {}): Promise<TestMeili> {
  const indexPrefix = `t_${randomBytes(3).toString('hex')}_`;
  if (process.env['MEILI_HOST']) {
    const connection = await resolveServer();
    return { ...connection, indexPrefix, stop: () => deletePrefixedIndexes(connection, indexPrefix) };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'chithi-meili-test-'));
  // MEILI_PORT names the developer's port; a test server takes any free one.
  const { MEILI_PORT: _ignored, ...environment } = process.env;
  const server = await startServer({ dataDir, port: 'auto', env: options.env ?? 'production', environment });
  const killOnExit = (): void => {
    // Last resort if afterAll never runs (a crashed worker): do not leave a server behind.
    try {
      process.kill(server.pid, 'SIGKILL');
    } catch {
      // Already stopped.
    }
  };
  process.once('exit', killOnExit);
  return {
    host: server.host,
    masterKey: server.masterKey,
    managed: true,
    indexPrefix,
    dataDir,
    stop: async () => {
      process.off('exit', killOnExit);
      await stopServer({ dataDir, graceMs: 5000 });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function deletePrefixedIndexes(connection: MeiliConnection, prefix: string): Promise<void> {
  const client = adminClient(connection);
  const { results } = await client.getIndexes({ limit: 1000 });
  for (const index of results.filter(({ uid }) => uid.startsWith(prefix))) {
    await client.deleteIndex(index.uid).waitTask();
  }
}
