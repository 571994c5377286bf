import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const timeouts = { testTimeout: 30_000, hookTimeout: 120_000 };

// Two projects so that only a run that includes an end-to-end file builds the site: Vitest runs a
// project's globalSetup only when some of its files are selected. The root globalSetup (the seeds
// ingested into .chithi/corpus/) runs for every run.
export default defineConfig({
  test: {
    root,
    globalSetup: ['./tests/setup/ingest-corpus.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit+integration',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          ...timeouts,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/setup/e2e-site.ts'],
          ...timeouts,
        },
      },
    ],
  },
});
