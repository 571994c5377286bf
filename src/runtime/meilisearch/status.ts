import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminClient, isHealthy } from '../../lib/search/meili-client.ts';
import { serverPaths } from './paths.ts';
import { isServerFor } from './process-check.ts';
import { liveServerState } from './running-server.ts';
import { readState } from './state.ts';

export interface ServerStatus {
  readonly running: boolean;
  /** Alive and answering /health; false while it starts or when it hangs. */
  readonly healthy: boolean;
  readonly host?: string;
  readonly pid?: number;
  /** e.g. "1.21.0", asked from the server itself. */
  readonly version?: string;
  /** Bytes on disk of the database folder (allocated blocks: LMDB files are sparse). */
  readonly databaseBytes: number;
  readonly dataDir: string;
  readonly logFile: string;
}

/** What the data folder says about its server, checked against the live process. */
export async function serverStatus(options: { dataDir?: string } = {}): Promise<ServerStatus> {
  const paths = serverPaths(options.dataDir);
  const base = { dataDir: paths.dataDir, logFile: paths.logFile, databaseBytes: diskUsage(paths.dbPath) };
  const recorded = readState(paths);
  // A damaged state file does not hide a live server: its command line names this database.
  const state = recorded && isServerFor(recorded.pid, paths.dbPath) ? recorded : liveServerState(paths);
  if (!state) return { ...base, running: false, healthy: false };
  const running = { ...base, running: true, host: state.host, pid: state.pid };
  if (!(await isHealthy(state.host, 2000))) return { ...running, healthy: false };
  const version = await askVersion(state.host, paths.keyFile);
  return { ...running, healthy: true, ...(version ? { version } : {}) };
}

async function askVersion(host: string, keyFile: string): Promise<string | undefined> {
  try {
    const masterKey = readFileSync(keyFile, 'utf8').trim();
    return (await adminClient({ host, masterKey }, { timeoutMs: 2000 }).getVersion()).pkgVersion;
  } catch {
    // A status report should not fail because one detail is unavailable.
    return undefined;
  }
}

function diskUsage(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.blocks * 512;
  return readdirSync(path).reduce((total, name) => total + diskUsage(join(path, name)), stat.blocks * 512);
}
