/**
 * One size of the comparison scale benchmark, run in its own process (compare.bench.ts starts it
 * with a capped heap) so that its peak memory is its own. Prints one JSON line.
 * Usage: node --import tsx tests/bench/compare-scale-run.ts <directives> [seed]
 */
import {
  AlignmentIndex,
  compareClause,
  compareMeasure,
  computeFamilies,
  toComparable,
} from '../../src/lib/compare/index.ts';
import { bestPerDirective } from '../../src/lib/compare/candidates.ts';
import { queryOf } from '../../src/lib/compare/compare-clause.ts';
import { generateSyntheticCorpus } from '../../src/lib/synthetic/index.ts';

const directives = Number(process.argv[2] ?? 500);
const seed = Number(process.argv[3] ?? 1);
const seconds = (from: number) => (performance.now() - from) / 1000;
const peakMb = () => process.resourceUsage().maxRSS / 1024;

let t = performance.now();
const corpus = generateSyntheticCorpus({ directives, seed });
const generate = seconds(t);
const generateMb = peakMb();

t = performance.now();
const index = new AlignmentIndex(corpus.map(toComparable));
const families = computeFamilies(index);
const familiesSeconds = seconds(t);
const familiesMb = peakMb();

// One clause comparison: the alignment (best clause in each directive), then the reader's view
// (the alignment again, and diffs for the columns shown).
const probes = Array.from({ length: 5 }, (_, i) => {
  const d = corpus[(i * 7919) % corpus.length]!;
  return { directive: d.id, clause: d.clauses[(i * 13) % d.clauses.length]!.id };
});
const align: number[] = [];
const view: number[] = [];
for (const probe of probes) {
  t = performance.now();
  const clause = index.find(probe.directive, probe.clause)!;
  bestPerDirective(index, queryOf(index, clause), { skipDirective: index.clauses[clause]!.directive });
  align.push(seconds(t) * 1000);
  t = performance.now();
  compareClause(index, probe.directive, probe.clause);
  view.push(seconds(t) * 1000);
}
// "All clauses on masks" over the whole corpus: the central base, then the closest columns diffed.
t = performance.now();
compareMeasure(index, 'masks-5k', { skipSynthetic: false });
const measureMs = seconds(t) * 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  JSON.stringify({
    directives,
    clauses: index.clauses.length,
    passages: index.passages.length,
    generateSeconds: generate,
    generateMb,
    familiesSeconds,
    families: families.length,
    largestFamily: families[0]?.directives ?? 0,
    alignMs: median(align),
    viewMs: median(view),
    measureMs,
    peakMb: Math.max(familiesMb, peakMb()),
  }),
);
