import type { Command } from 'commander';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import {
  againstTemplates,
  compareClause,
  compareDirectives,
  compareMeasure,
  ComparisonInputError,
  templateNumbers,
} from '../../src/lib/compare/index.ts';
import { listCentralDocuments } from '../../src/lib/measures/index.ts';
import {
  clauseViewForJson,
  directivesViewForJson,
  formatAgainstTemplate,
  formatClauseView,
  formatDirectivesView,
} from '../../src/lib/compare/present.ts';
import { facetId } from '../../src/lib/search/facet-values.ts';
import { intBetween, UsageError } from './flags.ts';

interface CompareOptions {
  clause?: string;
  measure?: string;
  docs?: string[];
  json?: boolean;
  segments?: boolean;
  corpus?: string;
  maxColumns?: number;
}

/**
 * `chithi compare --clause <directive>#<clause> | --measure <id> | --docs <a> <b> [--json]`:
 * the side-by-side comparison of the ingested corpus (or of `--corpus <dir>`).
 */
export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('compare how directives word the same instruction (one clause, one measure, or two directives)')
    .option('--clause <ref>', 'a clause as <directive>#<clause>, ids as `chithi parse --json` prints them')
    .option('--measure <id>', 'every directive’s clause on one measure (content/measures.yaml)')
    .option('--docs <ids...>', 'two directive ids: aligned clause pairs and unmatched clauses')
    .option('--json', 'print JSON')
    .option('--segments', 'include the word-level diff segments in the JSON')
    .option(
      '--max-columns <n>',
      'with --clause or --measure: diff at most the n closest comparable directives (1–1000, default 60)',
      intBetween(1, 1000),
    )
    .option('--corpus <dir>', 'a corpus folder other than .chithi/corpus (e.g. a synthetic one)')
    .action((opts: CompareOptions) => {
      const asked = [opts.clause, opts.measure, opts.docs].filter((v) => v !== undefined).length;
      if (asked !== 1) throw new UsageError('say what to compare with one of --clause, --measure or --docs');
      // An unknown measure is refused by name (with the known ids), before the corpus is loaded.
      const measure = opts.measure === undefined ? undefined : facetId('measure', opts.measure);
      const corpus = loadCorpus(opts.corpus);
      const flat = { segments: opts.segments === true };
      const columns = opts.maxColumns === undefined ? {} : { maxColumns: opts.maxColumns };
      const print = (json: unknown, text: string) => console.log(opts.json ? JSON.stringify(json, null, 2) : text);
      if (opts.clause) {
        const [directive = '', clause = ''] = opts.clause.split('#');
        if (!clause) throw new ComparisonInputError(`--clause wants <directive>#<clause>, got "${opts.clause}"`);
        const view = compareClause(corpus, directive, clause, columns);
        const againstTemplate = againstTemplates(view.base, templateNumbers(listCentralDocuments()));
        print(
          { ...clauseViewForJson(view, flat), ...(againstTemplate.length > 0 ? { againstTemplate } : {}) },
          [formatClauseView(view), formatAgainstTemplate(againstTemplate)].filter(Boolean).join('\n\n'),
        );
      } else if (measure) {
        const view = compareMeasure(corpus, measure, columns);
        print(clauseViewForJson(view, flat), formatClauseView(view));
      } else if (opts.docs) {
        const [a, b] = opts.docs;
        if (!a || !b || opts.docs.length !== 2)
          throw new ComparisonInputError('--docs wants exactly two directive ids');
        const view = compareDirectives(corpus, a, b);
        print(directivesViewForJson(view, flat), formatDirectivesView(view));
      }
    });
}
