// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { precompressSite } from './src/lib/site/precompress.ts';

/** Once the site is written: a .gz beside each text file, for the static server to send (precompress.ts). */
/** @type {import('astro').AstroIntegration} */
const precompress = {
  name: 'chithi-precompress',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const report = await precompressSite(fileURLToPath(dir));
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
  integrations: [svelte(), precompress],
  trailingSlash: 'ignore',
});
