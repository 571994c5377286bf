// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { copyPreparedFiles, willCopyPreparedFiles } from './src/lib/page-data/copy-prepared.ts';
import { siteData } from './src/lib/page-data/corpus.ts';
import { precompressSite } from './src/runtime/build/precompress.ts';

/**
 * Once the pages are written: the prepared data files copied in (copy-prepared.ts), then a .gz
 * beside each text file, for the static server to send (precompress.ts).
 * @type {import('astro').AstroIntegration}
 */
const siteFiles = {
  name: 'chithi-site-files',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command === 'build') willCopyPreparedFiles();
    },
    'astro:build:done': async ({ dir, logger }) => {
      const dist = fileURLToPath(dir);
      const copied = await copyPreparedFiles(await siteData(), dist);
      logger.info(`${copied.files} data files copied (${(copied.ms / 1000).toFixed(1)} s)`);
      const report = await precompressSite(dist);
      const mb = (/** @type {number} */ bytes) => (bytes / 2 ** 20).toFixed(1);
      logger.info(
        `gzip copies of ${report.files} files: ${mb(report.bytes)} MB → ${mb(report.gzipBytes)} MB (${(report.ms / 1000).toFixed(1)} s)`,
      );
    },
  },
};

// A static site: every page is HTML built from the ingested corpus; Svelte islands only where a
// page is interactive (search, comparison, precedent finder).
export default defineConfig({
  output: 'static',
  integrations: [svelte(), siteFiles],
  trailingSlash: 'ignore',
});
