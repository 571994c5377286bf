import { Option, type Command } from 'commander';
import { facetId, type FacetKind } from '../../src/lib/search/facet-values.ts';
import { formatResult } from '../../src/lib/search/format-hits.ts';
import { searchClauses } from '../../src/lib/search/query.ts';
import {
  MAX_LIMIT,
  MAX_PAGE,
  SEARCH_DEFAULTS,
  SEARCH_SORTS,
  type SearchParams,
  type SearchSort,
} from '../../src/lib/search/request.ts';
import { cliSearchTarget } from '../../src/lib/search/search-target.ts';
import { resolveServer } from '../../src/runtime/meilisearch/index.ts';
import { collect, collectParsed, intBetween, isoDate, UsageError, year } from './flags.ts';
import { MARK_CLOSE, MARK_OPEN, writeMarkedLine } from './terminal.ts';

interface SearchFlags {
  province: string[];
  region: string[];
  measure: string[];
  type: string[];
  issuer: string[];
  year: string[];
  from?: string;
  to?: string;
  inForce?: string;
  maxGathering?: number;
  minQuarantine?: number;
  exact?: boolean;
  sort: SearchSort;
  limit: number;
  page: number;
  json?: boolean;
  prefix?: string;
}

/**
 * `chithi search "<query>"`: the site's search from a terminal, through the same query module
 * and with the same search-only key. `--json` prints the hits as a JSON array.
 */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search the clauses of the indexed directives, as the site does')
    .argument('<query>', 'words, "quoted phrases", codes such as 16/CT-TTg or "CT 07"')
    .option('--province <name>', 'only this province (slug or name; repeat for several)', collect, [])
    .option('--region <id>', 'only this region (repeatable)', collect, [])
    .option('--measure <id>', 'only clauses ordering this measure (id or name; repeatable)', collect, [])
    .option('--type <type>', 'only this document type (chi-thi, "Công văn", CV…; repeatable)', collect, [])
    .option('--issuer <kind>', 'only this issuer kind (repeatable)', collect, [])
    .option('--year <yyyy>', 'only this year of issue (repeatable)', collectParsed(year), [])
    .option('--from <YYYY-MM-DD>', 'issued on or after this date', isoDate)
    .option('--to <YYYY-MM-DD>', 'issued on or before this date', isoDate)
    .option(
      '--in-force <YYYY-MM-DD>',
      'only clauses in force on this day (as their texts state their periods)',
      isoDate,
    )
    .option('--max-gathering <n>', 'only clauses capping gatherings at n people or fewer', intBetween(0, 100_000))
    .option('--min-quarantine <n>', 'only clauses ordering at least n days of quarantine', intBetween(0, 365))
    .option('--exact', 'keep only the exact spellings of the words typed with diacritics')
    .addOption(new Option('--sort <order>', 'result order').choices(SEARCH_SORTS).default(SEARCH_DEFAULTS.sort))
    .option('--limit <n>', `hits per page (1–${MAX_LIMIT})`, intBetween(1, MAX_LIMIT), SEARCH_DEFAULTS.limit)
    .option('--page <n>', `page of results (1–${MAX_PAGE})`, intBetween(1, MAX_PAGE), SEARCH_DEFAULTS.page)
    .option('--json', 'print a JSON array of hits, each with its snippet as segments')
    .option('--prefix <prefix>', 'index uid prefix, as given to `chithi index --prefix`')
    .action(async (query: string, flags: SearchFlags) => {
      // Flags are checked before Meilisearch is started: a typo should not cost a server start.
      const params = toParams(query, flags);
      const conn = await resolveServer({ start: true });
      // On stderr: `--json` output stays parseable.
      for (const note of conn.notes ?? []) console.error(`note: ${note}`);
      const target = await cliSearchTarget(conn, flags.prefix);
      const result = await searchClauses(target, params);
      if (flags.json) console.log(JSON.stringify(result.hits, null, 2));
      else if (!process.stdout.isTTY) console.log(formatResult(result));
      // Matches are marked with private-use characters, the text is stripped of control characters,
      // and only then do the marks become colour: the only escape codes printed are ours.
      else
        writeMarkedLine(
          formatResult(result, { mark: { open: MARK_OPEN, close: MARK_CLOSE } }),
          '\x1b[1;33m',
          '\x1b[0m',
        );
    });
}

function toParams(q: string, flags: SearchFlags): SearchParams {
  if (flags.from && flags.to && flags.from > flags.to) {
    throw new UsageError(`--from ${flags.from} is after --to ${flags.to}: no date can be both.`);
  }
  const ids = (kind: FacetKind, values: string[]) => values.map((value) => facetId(kind, value));
  return {
    q,
    provinces: ids('province', flags.province),
    regions: ids('region', flags.region),
    measures: ids('measure', flags.measure),
    types: ids('type', flags.type),
    issuers: ids('issuer', flags.issuer),
    years: flags.year,
    ...(flags.from ? { from: flags.from } : {}),
    ...(flags.to ? { to: flags.to } : {}),
    ...(flags.inForce ? { inForce: flags.inForce } : {}),
    maxGathering: flags.maxGathering ?? null,
    minQuarantine: flags.minQuarantine ?? null,
    exact: flags.exact === true,
    sort: flags.sort,
    limit: flags.limit,
    page: flags.page,
  };
}
