/**
 * Reads content/data/words-vi.txt, the dictionary segment.ts uses by default.
 *
 * Why `process.getBuiltinModule` and not `import { readFileSync } from 'node:fs'`: index.ts
 * re-exports segmentWords, and an island that imports foldKey from index.ts would otherwise pull
 * node:fs into the browser bundle, which Vite refuses. This way nothing Node-specific runs until
 * segmentWords is first called (at build or ingest time, in Node).
 *
 * Why two places to look: from the sources the file sits three folders up from this module; once
 * Astro has bundled this module into dist/, only the working directory (the project root) leads to it.
 */
const WORD_LIST = 'content/data/words-vi.txt';

export function readProjectWordList(): string {
  const node = globalThis.process;
  if (node?.getBuiltinModule === undefined) {
    throw new Error(`segmentWords reads ${WORD_LIST} and needs Node; elsewhere use segmentWith()`);
  }
  const fs = node.getBuiltinModule('node:fs');
  const { fileURLToPath } = node.getBuiltinModule('node:url');
  const { dirname, resolve } = node.getBuiltinModule('node:path');
  // Not `new URL(path, import.meta.url)`: Vite rewrites that pattern into a bundled asset.
  const candidates = [
    resolve(dirname(fileURLToPath(import.meta.url)), '../../..', WORD_LIST),
    resolve(node.cwd(), WORD_LIST),
  ];
  const found = candidates.find((path) => fs.existsSync(path));
  if (found === undefined) throw new Error(`${WORD_LIST} not found in ${candidates.join(' or ')}`);
  return fs.readFileSync(found, 'utf8');
}
