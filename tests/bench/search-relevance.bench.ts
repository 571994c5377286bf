/**
 * Relevance on the seed corpus: MRR and nDCG@10 of this project's search against plain
 * Meilisearch (default settings, same documents, the words as typed), over the relevance suite
 * (tests/relevance/seed-queries.ts), overall and by kind of query.
 */
import { ingestDirectory } from '../../src/lib/ingest/ingest.ts';
import { clauseDocuments } from '../../src/lib/search/documents.ts';
import { indexCorpus } from '../../src/lib/search/indexer.ts';
import { searchClauses } from '../../src/lib/search/query.ts';
import { adminClient } from '../../src/runtime/meilisearch/index.ts';
import { startTestMeili } from '../integration/setup/meili.ts';
import { EXACT_SPELLING_QUERIES, hitKey, SEED_QUERIES, type RelevanceCase } from '../relevance/seed-queries.ts';
import { indexPlain, plainSearch } from './search-baseline.ts';
import { printTable } from './table.ts';

const DEPTH = 10;

export default async function searchRelevanceBench(): Promise<void> {
  const meili = await startTestMeili();
  try {
    const { directives } = await ingestDirectory();
    const config = await indexCorpus(meili, directives, { indexPrefix: meili.indexPrefix });
    const admin = adminClient(meili);
    const plainUid = `${meili.indexPrefix}plain`;
    await indexPlain(admin, plainUid, directives.flatMap(clauseDocuments));

    const scores: Array<{ kind: string; ours: Score; plain: Score }> = [];
    for (const c of SEED_QUERIES) {
      const ours = await searchClauses(config, { ...c.params, limit: DEPTH });
      const plain = await plainSearch(admin, plainUid, { ...c.params, limit: DEPTH });
      scores.push({
        kind: c.kind,
        ours: score(ours.hits.map(hitKey), c),
        plain: score(
          plain.hits.map((h) => hitKey(h as { directive: string; clauseId: string })),
          c,
        ),
      });
    }
    const kinds = [...new Set(scores.map((s) => s.kind))];
    const rows = [
      ...kinds.map((kind) =>
        row(
          kind,
          scores.filter((s) => s.kind === kind),
        ),
      ),
      row('all', scores),
    ];
    printTable(
      `Search relevance on the seed corpus (${SEED_QUERIES.length} queries, top ${DEPTH})`,
      ['queries', 'n', 'MRR chithi', 'MRR plain', 'nDCG@10 chithi', 'nDCG@10 plain', 'found chithi', 'found plain'],
      rows,
    );

    const exactRows = [];
    for (const q of EXACT_SPELLING_QUERIES) {
      const ours = await searchClauses(config, { q, limit: 3 });
      const plain = await plainSearch(admin, plainUid, { q, limit: 3 });
      const exact = (texts: string[]) => texts.filter((t) => t.toLowerCase().includes(q.toLowerCase())).length;
      exactRows.push([
        q,
        `${exact(ours.hits.map((h) => h.text))}/3`,
        `${exact(plain.hits.map((h) => String(h['text'])))}/3`,
      ]);
    }
    printTable('Exact spelling in the top 3', ['query', 'chithi', 'plain'], exactRows);
  } finally {
    await meili.stop();
  }
}

interface Score {
  rr: number;
  ndcg: number;
  /** Every must-find clause within the case's k. */
  found: boolean;
}

/** Binary relevance: reciprocal rank of the first relevant hit; DCG over the ideal DCG at DEPTH. */
function score(ranked: string[], c: RelevanceCase): Score {
  const relevant = new Set(c.relevant);
  const top = ranked.slice(0, DEPTH);
  const first = top.findIndex((key) => relevant.has(key));
  const dcg = top.reduce((sum, key, i) => sum + (relevant.has(key) ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(relevant.size, DEPTH) }, (_, i) => 1 / Math.log2(i + 2)).reduce(
    (a, b) => a + b,
    0,
  );
  const found = (c.mustFind ?? c.relevant).every((key) => {
    const at = ranked.indexOf(key);
    return at >= 0 && at < c.k;
  });
  return { rr: first < 0 ? 0 : 1 / (first + 1), ndcg: ideal === 0 ? 0 : dcg / ideal, found };
}

function row(label: string, scores: Array<{ ours: Score; plain: Score }>): Array<string | number> {
  const mean = (f: (s: { ours: Score; plain: Score }) => number) =>
    scores.reduce((a, s) => a + f(s), 0) / scores.length;
  const found = (f: (s: { ours: Score; plain: Score }) => boolean) => `${scores.filter(f).length}/${scores.length}`;
  return [
    label,
    scores.length,
    mean((s) => s.ours.rr).toFixed(3),
    mean((s) => s.plain.rr).toFixed(3),
    mean((s) => s.ours.ndcg).toFixed(3),
    mean((s) => s.plain.ndcg).toFixed(3),
    found((s) => s.ours.found),
    found((s) => s.plain.found),
  ];
}
