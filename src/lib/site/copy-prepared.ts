/**
 * The site's data files copied into the built site as they were prepared (site-data.ts), once Astro
 * has written its pages (astro.config.mjs, before the gzip copies): /du-lieu/ (every download, each
 * directive's JSON and text) and the comparison's files under /so-sanh/. They are bytes on disk
 * already, so rendering each as an Astro route only cost time: at 5,000 directives about 15,000
 * routes, most of Astro's route generation. `astro dev` still serves them through their routes
 * (src/pages/du-lieu/[...file].ts, src/pages/so-sanh/…), which build nothing when copiedByBuild().
 */
import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FAMILIES_FILE } from '../compare/site/build-files.ts';
import type { SiteData } from './site-data.ts';

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

/** Copies the prepared downloads to `<dist>/du-lieu/` and the comparison's files to `<dist>/so-sanh/`. */
export async function copyPreparedFiles(data: SiteData, dist: string): Promise<CopyReport> {
  const started = Date.now();
  await cp(data.downloadPath(''), join(dist, 'du-lieu'), { recursive: true });
  // families.json is what the /so-sanh pages list, not a file the site serves.
  await cp(data.comparePath(''), join(dist, 'so-sanh'), {
    recursive: true,
    filter: (source) => !source.endsWith(`/${FAMILIES_FILE}`),
  });
  const files =
    (await readdir(data.downloadPath(''), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length +
    (await readdir(data.comparePath(''), { recursive: true, withFileTypes: true })).filter(
      (e) => e.isFile() && e.name !== FAMILIES_FILE,
    ).length;
  return { files, ms: Date.now() - started };
}
