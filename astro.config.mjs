// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

// A static site: every page is HTML built from the ingested corpus; Svelte islands only where a
// page is interactive (search, comparison, precedent finder).
export default defineConfig({
  output: 'static',
  integrations: [svelte()],
  trailingSlash: 'ignore',
});
