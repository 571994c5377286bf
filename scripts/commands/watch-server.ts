/**
 * `chithi start` keeps an eye on the search server while it serves the site: when Meilisearch stops
 * answering, it says so at once (the site's search is down), and says again when it is back (the
 * page's "Thử lại" then works: the page re-reads /search-config.json). A crash of the project's own
 * server — killed, out of memory — is restarted on the same port; a deliberate `chithi meili stop`
 * (which removes the state file) is respected, and only reported.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { isHealthy, resolveServer, serverPaths, type MeiliConnection } from '../../src/runtime/meilisearch/index.ts';
import { readState } from '../../src/runtime/meilisearch/state.ts';

export interface ServerWatch {
  stop(): void;
}

export interface WatchOptions {
  /** How often /health is asked. */
  readonly intervalMs?: number;
  readonly log?: (line: string) => void;
  /** The managed server's data folder; default .chithi/meili/ (tests pass a temp folder). */
  readonly dataDir?: string;
}

export function watchServer(connection: MeiliConnection, options: WatchOptions = {}): ServerWatch {
  const intervalMs = options.intervalMs ?? 2000;
  const log = options.log ?? ((line: string) => console.log(line));
  const stopped = new AbortController();
  let host = connection.host;
  void (async () => {
    let up = true;
    while (!stopped.signal.aborted) {
      // Unref'd: the watch alone never keeps the process alive after the site is closed.
      await sleep(intervalMs, undefined, { ref: false });
      if (stopped.signal.aborted) return;
      const healthy = await isHealthy(host, Math.min(1500, intervalMs));
      if (healthy && !up) log(`✓ Meilisearch at ${host} answers again: search on the site works (“Thử lại”).`);
      if (!healthy && up) log(`✗ Meilisearch at ${host} stopped answering: search on the site is down.`);
      up = healthy;
      if (healthy || !connection.managed) continue;
      const restarted = await restartAfterCrash();
      if (restarted) host = restarted;
    }
  })();
  return {
    stop: () => stopped.abort(),
  };

  /** The new host when the project's server crashed and was started again; undefined otherwise. */
  async function restartAfterCrash(): Promise<string | undefined> {
    // No state file: stopped on purpose (`chithi meili stop`), so it is not restarted behind the reader's back.
    if (readState(serverPaths(options.dataDir)) === undefined) return undefined;
    try {
      const conn = await resolveServer({
        start: true,
        ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir, env: 'production' as const }),
      });
      log(`  restarted Meilisearch at ${conn.host}`);
      return conn.host;
    } catch (error) {
      log(`  could not restart it: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}
