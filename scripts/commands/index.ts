import type { Command } from 'commander';
import { resolve } from 'node:path';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { updateIndex, writePublicSearchConfig, type IndexUpdate } from '../../src/lib/search/indexer.ts';
import { resolveServer } from '../../src/runtime/meilisearch/index.ts';
import { DEFAULT_INDEX_PREFIX } from '../../src/lib/search/settings.ts';
import { progressReporter } from './progress.ts';
import { reportError } from './report-error.ts';

/** A synthetic corpus gets its own index unless told otherwise: the site must never show it. */
const SYNTHETIC_PREFIX = 'chithi_synthetic_';

/**
 * `chithi index`: the ingested corpus into Meilisearch — only the directives added, changed or
 * removed since the last run, or with `--full` (and whenever the settings changed) a fresh index
 * swapped in atomically — and the public search configuration (host, search-only key, index) for
 * the site and `chithi search`.
 */
export function registerIndex(program: Command): void {
  program
    .command('index')
    .description('update Meilisearch from the ingested corpus (by difference) and write the public search config')
    .option('--corpus <dir>', 'index the corpus (directives.jsonl) in this folder (e.g. a synthetic corpus)')
    .option(
      '--prefix <prefix>',
      `index uid prefix (default ${DEFAULT_INDEX_PREFIX}; ${SYNTHETIC_PREFIX} for synthetic)`,
    )
    .option('--full', 'rebuild the whole index and swap it in, instead of sending only what changed')
    .action(async (opts: { corpus?: string; prefix?: string; full?: boolean }) => {
      try {
        const directives = loadCorpus(opts.corpus ? resolve(opts.corpus) : undefined);
        const synthetic = directives.some((d) => d.synthetic);
        const indexPrefix = opts.prefix ?? (synthetic ? SYNTHETIC_PREFIX : DEFAULT_INDEX_PREFIX);
        const conn = await resolveServer({ start: true });
        const started = Date.now();
        const progress = progressReporter({ label: 'index', unit: 'clauses' });
        const update = await updateIndex(conn, directives, {
          indexPrefix,
          onProgress: (done, total) => progress.update(done, total),
          ...(opts.full ? { full: true } : {}),
        }).finally(() => progress.stop());
        const { config } = update;
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(
          `${describeUpdate(update, directives.length)} into ${config.indexes.clauses} at ${conn.host} (${seconds} s)`,
        );
        // The site publishes this file; a synthetic or custom index must not replace the real one.
        if (!synthetic && indexPrefix === DEFAULT_INDEX_PREFIX) {
          console.log(
            `search config (search-only key) written to ${writePublicSearchConfig(config, undefined, conn.masterKey)}`,
          );
        }
      } catch (error) {
        // With advice when Meilisearch stopped answering mid-way (see report-error.ts).
        process.exitCode = reportError(error);
      }
    });
}

/** "indexed 5 directives (full rebuild: no live index)" or "1 added, 1 changed, 0 removed, 4,999 unchanged". */
function describeUpdate(update: IndexUpdate, total: number): string {
  if (update.mode === 'full') return `indexed ${total} directives (full rebuild: ${update.reason})`;
  return (
    `${update.added.length} added, ${update.changed.length} changed, ${update.removed.length} removed, ` +
    `${update.unchanged} unchanged (${update.documentsSent} documents sent, ${update.documentsDeleted} deleted)`
  );
}
