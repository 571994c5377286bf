/**
 * Where the project's files are. Found by walking up from this module to the `chithi`
 * package.json rather than from `process.cwd()` or a fixed relative path: the same code runs from
 * src/ (tsx, Vitest) and bundled into Astro's build output, at a different depth each time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && isChithi(manifest)) return (cachedRoot = dir);
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`cannot find the chithi project root above ${starts.join(' or ')}`);
}

function isChithi(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'chithi';
  } catch {
    return false;
  }
}

/** content/: the directives as received and the data files. */
export const contentDir = (): string => join(projectRoot(), 'content');
export const directivesDir = (): string => join(contentDir(), 'directives');
/** .chithi/: everything the project generates on a machine (corpus, Meilisearch data); not in git. */
export const workDir = (): string => join(projectRoot(), '.chithi');
export const corpusDir = (): string => join(workDir(), 'corpus');

/** A path as messages show it: relative to the project when inside it, absolute otherwise. */
export function displayPath(file: string): string {
  const rel = relative(projectRoot(), file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/**
 * A source file's path as the corpus, the report and the site publish it: relative to the project
 * when inside it ("content/directives/x.txt"), else relative to the folder it was ingested from, which
 * ingest reads without subfolders ("x.txt"). Never absolute: `chithi ingest --dir ~/chi-thi` must not
 * publish the user's home folder (and name) in every directive page and download.
 */
export function publishedPath(file: string): string {
  const rel = relative(projectRoot(), file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? basename(file) : rel;
}
