/**
 * The site's data files copied into the built site as they were prepared (site-data.ts), once Astro
 * has written its pages (astro.config.mjs, before the gzip copies): /du-lieu/ (every download, each
 * directive's JSON and text) and the comparison's files under /so-sanh/. They are bytes on disk
 * already, so rendering each as an Astro route only cost time: at 5,000 directives about 15,000
 * routes, most of Astro's route generation. `astro dev` still serves them through their routes
 * (src/pages/du-lieu/[...file].ts, src/pages/so-sanh/…), which build nothing when copiedByBuild().
 */
import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { SiteData } from './site-data.ts';
import { partsDone, SITE_PARTS } from './site-parts.ts';

/** Set by the integration when `astro build` starts (astro.config.mjs), in the process that renders the pages. */
const COPIED_BY_BUILD = 'CHITHI_DATA_FILES_COPIED';

export function willCopyPreparedFiles(): void {
  process.env[COPIED_BY_BUILD] = '1';
}

/** Whether this build copies the data files, so their routes must not render them too. */
export function copiedByBuild(): boolean {
  return process.env[COPIED_BY_BUILD] === '1';
}

export interface CopyReport {
  files: number;
  ms: number;
}

/**
 * Copies what each part publishes (site-parts.ts) into `dist`: the downloads to `<dist>/du-lieu/`,
 * the comparison's files to `<dist>/so-sanh/`, and so on.
 */
export async function copyPreparedFiles(data: SiteData, dist: string): Promise<CopyReport> {
  const started = Date.now();
  // buildSite runs some parts beside Astro: their last files may still be on their way.
  await partsDone(data.dir);
  let files = 0;
  for (const part of SITE_PARTS) {
    for (const { from, to, except = [] } of part.publishes) {
      files += await copyTree(join(data.dir, from), join(dist, to), (name) => !except.includes(name));
    }
  }
  return { files, ms: Date.now() - started };
}

/** Files linked or copied at once: the work is waiting on the disk, not the CPU. */
const CONCURRENCY = 16;

/**
 * Every file under `from` at the same path under `to`. A hard link where both are on one disk (the
 * prepared folder is written once per build and never changed in place: a new build writes new
 * files), else a copy; either way a fraction of what an Astro route costs.
 */
async function copyTree(from: string, to: string, keep: (name: string) => boolean = () => true): Promise<number> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => relative(from, join(e.parentPath, e.name)));
  const dirs = new Set(files.map((f) => dirname(join(to, f))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  const queue = files.values();
  const worker = async () => {
    for (const file of queue) await linkOrCopy(join(from, file), join(to, file));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return files.length;
}

async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A file Astro wrote itself (the two comparison files without parameters): the prepared one wins.
    if (code === 'EEXIST') {
      await rm(target);
      return linkOrCopy(source, target);
    }
    if (code !== 'EXDEV' && code !== 'EPERM') throw error;
    await copyFile(source, target);
  }
}
