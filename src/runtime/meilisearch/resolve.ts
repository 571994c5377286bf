import { checkAdminKey, type MeiliConnection } from '../../lib/search/meili-client.ts';
import { MeiliServerError } from '../../lib/search/meili-server-error.ts';
import { readOrCreateMasterKey } from './master-key.ts';
import { serverPaths } from './paths.ts';
import { findRunningServer } from './running-server.ts';
import { startServer, type MeiliEnv } from './start.ts';

export interface ResolveOptions {
  /** Start the project's server if it is not running; otherwise say how to start it. */
  readonly start?: boolean;
  /** Where MEILI_HOST, MEILI_MASTER_KEY, MEILI_BIN and MEILI_PORT are read; defaults to process.env. */
  readonly environment?: NodeJS.ProcessEnv;
  readonly dataDir?: string;
  readonly env?: MeiliEnv;
}

const USE_OWN_SERVER = 'or unset MEILI_HOST to use the project’s own server';

/**
 * The one place a command gets its Meilisearch: MEILI_HOST with MEILI_MASTER_KEY when set
 * (checked with one authenticated call, so a wrong key fails here and not mid-ingest), else the
 * project's own server in .chithi/meili/.
 */
export async function resolveServer(options: ResolveOptions = {}): Promise<MeiliConnection> {
  const environment = options.environment ?? process.env;
  const host = environment['MEILI_HOST'];
  if (host) return externalServer(host, environment['MEILI_MASTER_KEY']);
  if (options.start) {
    const started = await startServer({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.env ? { env: options.env } : {}),
      environment,
    });
    return { host: started.host, masterKey: started.masterKey, managed: true, notes: started.notes };
  }
  const paths = serverPaths(options.dataDir);
  const masterKey = readOrCreateMasterKey(paths.keyFile);
  const running = await findRunningServer(paths, masterKey);
  if (!running) {
    throw new MeiliServerError(
      'The project’s Meilisearch is not running.',
      'Run `chithi meili start` (or set MEILI_HOST and MEILI_MASTER_KEY to use another server).',
    );
  }
  return { host: running.host, masterKey, managed: true };
}

async function externalServer(host: string, masterKey: string | undefined): Promise<MeiliConnection> {
  if (!masterKey) {
    throw new MeiliServerError(
      `MEILI_HOST is set (${host}) but MEILI_MASTER_KEY is not.`,
      `Set MEILI_MASTER_KEY to that server’s master key (or an admin API key), ${USE_OWN_SERVER}.`,
    );
  }
  const check = await checkAdminKey(host, masterKey);
  if (check.ok) return { host, masterKey, managed: false };
  if (check.reason === 'refused') {
    throw new MeiliServerError(
      `The key in MEILI_MASTER_KEY is refused by ${host} (HTTP ${check.status} ${check.code}).`,
      `Set MEILI_MASTER_KEY to that server’s master key (or an admin API key), ${USE_OWN_SERVER}.`,
    );
  }
  throw new MeiliServerError(
    `Cannot reach MEILI_HOST=${host}: ${check.detail}.`,
    `Start that server or correct MEILI_HOST, ${USE_OWN_SERVER}.`,
  );
}
