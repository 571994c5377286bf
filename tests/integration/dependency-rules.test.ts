/**
 * The dependency rules `npm run check` enforces (.dependency-cruiser.cjs) catch what they promise:
 * the real dependency-cruiser, with the project's own config, run on a small tree written here —
 * once clean, once with one bad import of each kind — must name the files and the broken rule.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { projectRoot } from '../../src/lib/paths.ts';

const run = promisify(execFile);
const CONFIG = join(projectRoot(), '.dependency-cruiser.cjs');
const DEPCRUISE = join(projectRoot(), 'node_modules', '.bin', 'depcruise');

/** A tree that keeps every rule: lib below everything, search alone talks to meilisearch. */
const CLEAN: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'nodenext', allowImportingTsExtensions: true, noEmit: true, strict: true },
  }),
  'src/lib/text/normalize.ts': `export const normalize = (s: string): string => s.normalize('NFC');\n`,
  'src/lib/search/client.ts': `import { Meilisearch } from 'meilisearch';\nimport { normalize } from '../text/normalize.ts';\nexport const client = (host: string) => new Meilisearch({ host: normalize(host) });\n`,
  'src/lib/compare/diff-text.ts': `import { diffWords } from 'diff';\nexport const words = (a: string, b: string) => diffWords(a, b);\n`,
  'src/runtime/serve/serve.ts': `import { normalize } from '../../lib/text/normalize.ts';\nexport const serve = () => normalize('x');\n`,
  'scripts/cli.ts': `import { serve } from '../src/runtime/serve/serve.ts';\nserve();\n`,
  'tests/unit/normalize.test.ts': `import { normalize } from '../../src/lib/text/normalize.ts';\nnormalize('x');\n`,
};

/** One bad import per rule, each in a file of its own. */
const BAD: Record<string, string> = {
  // A cycle: a → b → a.
  'src/lib/measures/a.ts': `import { b } from './b.ts';\nexport const a = (): number => b() + 1;\n`,
  'src/lib/measures/b.ts': `import { a } from './a.ts';\nexport const b = (): number => (a ? 1 : 0);\n`,
  // A cycle through a type-only import counts too.
  'src/lib/search/highlight.ts': `import { toSegments } from './snippet.ts';\nexport type Span = [number, number];\nexport const h = toSegments;\n`,
  'src/lib/search/snippet.ts': `import type { Span } from './highlight.ts';\nexport const toSegments = (s: Span[]): number => s.length;\n`,
  // The pipeline reaching up into the tests and the runtime.
  'src/lib/corpus/load.ts': `import { normalize } from '../../../tests/unit/normalize.test.ts';\nexport const load = normalize;\n`,
  'src/lib/page-data/listing.ts': `import { serve } from '../../runtime/serve/serve.ts';\nexport const listing = serve;\n`,
  // The runtime reaching into the command line.
  'src/runtime/build/build.ts': `import '../../../scripts/cli.ts';\nexport const build = 1;\n`,
  // The command line importing a test helper.
  'scripts/bench.ts': `import '../tests/unit/normalize.test.ts';\n`,
  // meilisearch outside search/, diff outside compare/.
  'src/lib/ingest/index-now.ts': `import { Meilisearch } from 'meilisearch';\nexport const m = Meilisearch;\n`,
  'src/lib/page-data/changes.ts': `import { diffChars } from 'diff';\nexport const d = diffChars;\n`,
  // An import of a file that is not there.
  'src/lib/text/tokenize.ts': `import { gone } from './gone.ts';\nexport const t = gone;\n`,
};

let tree: string | undefined;
afterEach(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
  tree = undefined;
});

function writeTree(files: Record<string, string>): string {
  tree = mkdtempSync(join(tmpdir(), 'chithi-deps-'));
  symlinkSync(join(projectRoot(), 'node_modules'), join(tree, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
  return tree;
}

/** depcruise's exit status and report, run as `npm run deps` runs it. */
async function cruise(dir: string): Promise<{ status: number; report: string }> {
  const args = ['src', 'scripts', 'tests', '--config', CONFIG, '--output-type', 'err'];
  try {
    const { stdout } = await run(DEPCRUISE, args, { cwd: dir });
    return { status: 0, report: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { status: failed.code ?? -1, report: failed.stdout ?? '' };
  }
}

/** "rule: file → target" for each violation in an `err` report (a cycle: its next file; a package: its name). */
const violations = (report: string): string[] =>
  [...report.matchAll(/error ([\w-]+): (\S+) →\s*(\S+)/g)]
    .map(([, rule, from, to]) => `${rule}: ${from} → ${to?.replace(/^.*node_modules\/([^/]+)\/.*$/, 'package $1')}`)
    .sort();

describe('npm run deps (dependency-cruiser with .dependency-cruiser.cjs)', () => {
  test('passes a tree that keeps the rules', { timeout: 60_000 }, async () => {
    const { status, report } = await cruise(writeTree(CLEAN));
    expect(violations(report)).toEqual([]);
    expect(status).toBe(0);
  });

  test('fails on a cycle and on each forbidden import, naming the files', { timeout: 60_000 }, async () => {
    const { status, report } = await cruise(writeTree({ ...CLEAN, ...BAD }));
    expect(status).not.toBe(0);
    expect(violations(report)).toEqual([
      'diff-only-in-compare: src/lib/page-data/changes.ts → package diff',
      'lib-stays-below: src/lib/corpus/load.ts → tests/unit/normalize.test.ts',
      'lib-stays-below: src/lib/page-data/listing.ts → src/runtime/serve/serve.ts',
      'meilisearch-only-in-search: src/lib/ingest/index-now.ts → package meilisearch',
      'no-cycle: src/lib/measures/a.ts → src/lib/measures/b.ts',
      'no-cycle: src/lib/search/highlight.ts → src/lib/search/snippet.ts',
      'no-tests-from-shipped-code: scripts/bench.ts → tests/unit/normalize.test.ts',
      'no-tests-from-shipped-code: src/lib/corpus/load.ts → tests/unit/normalize.test.ts',
      'no-unresolvable: src/lib/text/tokenize.ts → ./gone.ts',
      'runtime-stays-below: src/runtime/build/build.ts → scripts/cli.ts',
    ]);
  });
});
