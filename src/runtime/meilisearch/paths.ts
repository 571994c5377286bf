import { join, resolve } from 'node:path';
import { projectRoot, workDir } from '../../lib/paths.ts';

/** The repository root. */
export const repoRoot: string = projectRoot();

/** Where the project's own Meilisearch keeps everything; .chithi/ is gitignored. */
export const defaultDataDir: string = join(workDir(), 'meili');

/** Every file a managed Meilisearch uses, all inside one data folder. */
export interface ServerPaths {
  readonly dataDir: string;
  /** The LMDB database (`--db-path`). */
  readonly dbPath: string;
  /** `--dump-dir` and `--snapshot-dir`: kept inside the data folder, not the working directory. */
  readonly dumpDir: string;
  readonly snapshotDir: string;
  /** stdout and stderr of the process; the previous run's log is kept as `.1`. */
  readonly logFile: string;
  readonly pidFile: string;
  /** JSON with host, port and pid of the running server (see state.ts). */
  readonly stateFile: string;
  /** The master key, mode 0600. */
  readonly keyFile: string;
  /** Verified binaries, so a 131 MB file is not hashed on every start. */
  readonly binaryCheckFile: string;
  /** Held while a start is in progress, so two commands do not spawn two servers. */
  readonly startLockFile: string;
  /**
   * Locked (flock) by the running server itself for as long as it lives: the kernel's word that
   * this data folder has a server, whatever server.json says (see server-lock.ts).
   */
  readonly serverLockFile: string;
  /** The port the last server listened on, kept across stops so a restart comes back there. */
  readonly portFile: string;
}

export function serverPaths(folder: string = defaultDataDir): ServerPaths {
  // Absolute, because the server runs with the data folder as its working directory and
  // because the pid check compares the live process's --db-path with ours, string for string.
  const dataDir = resolve(folder);
  return {
    dataDir,
    dbPath: join(dataDir, 'data.ms'),
    dumpDir: join(dataDir, 'dumps'),
    snapshotDir: join(dataDir, 'snapshots'),
    logFile: join(dataDir, 'meilisearch.log'),
    pidFile: join(dataDir, 'meilisearch.pid'),
    stateFile: join(dataDir, 'server.json'),
    keyFile: join(dataDir, 'master.key'),
    binaryCheckFile: join(dataDir, 'binary-check.json'),
    startLockFile: join(dataDir, 'start.lock'),
    serverLockFile: join(dataDir, 'server.lock'),
    portFile: join(dataDir, 'port'),
  };
}
