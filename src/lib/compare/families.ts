/**
 * Instruction families: passages of clauses from different directives that give the same
 * instruction, found across the whole corpus in one pass (leader clustering):
 * - Passages are read in date order. Each is compared with the existing families' leaders (their
 *   first passage) and joins the closest one at FAMILY_MIN_SIMILARITY or above; otherwise it leads
 *   a new family. Every member is thus close to its leader; there is no chaining of A~B~C where A
 *   and C have nothing in common.
 * - Leaders are found through an inverted index of leaders, probed with the passage's
 *   PROBE_FEATURES rarest features: a passage close to a leader shares most of its distinctive
 *   features, so one of its rarest is almost surely among the leader's. The work per passage is
 *   bounded by the (short) lists of leaders holding a rare feature, not by the corpus size.
 * - Only families with members from MIN_FAMILY_DIRECTIVES directives are returned.
 * Passages, not clauses: a clause with several instructions belongs to several families.
 */
import { cosine, type AlignmentIndex } from './alignment-index.ts';
import { byDate } from './comparable.ts';
import { indexOf, type CorpusInput } from './corpus-input.ts';
import type { FamilyMember, InstructionFamily } from './types.ts';

/**
 * Passage cosine to the leader. On the seeds, 0.3 groups 12 families of which 11 give one
 * instruction by a reader's judgement (the twelfth joins two passages on "đảm bảo an toàn, hiệu
 * quả"); 0.5 keeps only 4 near-verbatim ones.
 */
export const FAMILY_MIN_SIMILARITY = 0.3;
export const PROBE_FEATURES = 12;
export const MIN_FAMILY_DIRECTIVES = 2;
/** Members compared with each other to pick the representative wording. */
export const REPRESENTATIVE_SAMPLE = 24;

interface Draft {
  leader: number;
  members: Array<{ passage: number; score: number }>;
}

export interface FamilyOptions {
  minDirectives?: number;
}

export function computeFamilies(corpus: CorpusInput, options: FamilyOptions = {}): InstructionFamily[] {
  const index = indexOf(corpus);
  const drafts = cluster(index);
  const minDirectives = options.minDirectives ?? MIN_FAMILY_DIRECTIVES;
  return drafts
    .map((draft) => describe(index, draft))
    .filter((family) => family.directives >= minDirectives)
    .sort((a, b) => b.directives - a.directives || b.members.length - a.members.length)
    .map((family, i) => ({ ...family, id: `family-${i + 1}` }));
}

function cluster(index: AlignmentIndex): Draft[] {
  const order = passagesInDateOrder(index);
  const drafts: Draft[] = [];
  const leadersByFeature = new Map<number, number[]>();
  const seen = new Int32Array(drafts.length + index.passages.length).fill(-1);
  for (const p of order) {
    const passage = index.passages[p]!.vector;
    let best = -1;
    let bestScore = 0;
    for (const feature of rarest(index, passage.ids)) {
      for (const d of leadersByFeature.get(feature) ?? []) {
        if (seen[d] === p) continue;
        seen[d] = p;
        const score = cosine(passage, index.passages[drafts[d]!.leader]!.vector, index.weight2);
        if (score > bestScore) {
          bestScore = score;
          best = d;
        }
      }
    }
    if (best >= 0 && bestScore >= FAMILY_MIN_SIMILARITY) {
      drafts[best]!.members.push({ passage: p, score: bestScore });
      continue;
    }
    const d = drafts.length;
    drafts.push({ leader: p, members: [{ passage: p, score: 1 }] });
    for (const feature of passage.ids) {
      const list = leadersByFeature.get(feature);
      if (list) list.push(d);
      else leadersByFeature.set(feature, [d]);
    }
  }
  return drafts;
}

function passagesInDateOrder(index: AlignmentIndex): number[] {
  const directives = index.directives.map((d, i) => ({ d, i })).sort((x, y) => byDate(x.d, y.d));
  const rank = new Int32Array(index.directives.length);
  directives.forEach(({ i }, r) => (rank[i] = r));
  return index.passages
    .map((_, p) => p)
    .sort((x, y) => {
      const cx = index.passages[x]!.clause;
      const cy = index.passages[y]!.clause;
      return rank[index.clauses[cx]!.directive]! - rank[index.clauses[cy]!.directive]! || x - y;
    });
}

/** The passage's PROBE_FEATURES features with the highest weight (the rarest), by insertion into a short list. */
function rarest(index: AlignmentIndex, ids: Int32Array): number[] {
  if (ids.length <= PROBE_FEATURES) return [...ids];
  const top: number[] = [];
  const weight = index.weight2;
  for (const id of ids) {
    if (top.length === PROBE_FEATURES && weight[id]! <= weight[top[PROBE_FEATURES - 1]!]!) continue;
    let at = top.length === PROBE_FEATURES ? PROBE_FEATURES - 1 : top.length;
    while (at > 0 && weight[top[at - 1]!]! < weight[id]!) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = id;
  }
  return top;
}

function describe(index: AlignmentIndex, draft: Draft): Omit<InstructionFamily, 'id'> {
  // A clause with two passages in one family is listed once, by its closer passage.
  const byClause = new Map<number, { passage: number; score: number }>();
  for (const member of draft.members) {
    const clause = index.passages[member.passage]!.clause;
    const kept = byClause.get(clause);
    if (!kept || member.score > kept.score) byClause.set(clause, member);
  }
  const kept = [...byClause.values()].sort((a, b) => a.passage - b.passage);
  const members: FamilyMember[] = kept.map(({ passage, score }) => {
    const p = index.passages[passage]!;
    const clause = index.clauses[p.clause]!;
    const directive = index.directives[clause.directive]!;
    return {
      directive: directive.id,
      province: directive.province,
      clauseId: clause.clause.id,
      start: p.start,
      end: p.end,
      score: Math.round(score * 1000) / 1000,
    };
  });
  const representative = index.passages[medoid(index, draft)]!;
  const repClause = index.clauses[representative.clause]!;
  return {
    measures: majorityMeasures(kept.map(({ passage }) => passageMeasures(index, passage))),
    representative: {
      directive: index.directives[repClause.directive]!.id,
      clauseId: repClause.clause.id,
      text: repClause.clause.text.slice(representative.start, representative.end),
    },
    members,
    directives: new Set(members.map((m) => m.directive)).size,
    provinces: new Set(members.map((m) => m.province ?? m.directive)).size,
  };
}

/** The sampled member with the highest total similarity to the other sampled members. */
function medoid(index: AlignmentIndex, draft: Draft): number {
  const step = Math.max(1, Math.floor(draft.members.length / REPRESENTATIVE_SAMPLE));
  const sample = draft.members
    .filter((_, i) => i % step === 0)
    .slice(0, REPRESENTATIVE_SAMPLE)
    .map((m) => m.passage);
  let best = sample[0]!;
  let bestTotal = -1;
  for (const p of sample) {
    let total = 0;
    for (const q of sample)
      if (q !== p) total += cosine(index.passages[p]!.vector, index.passages[q]!.vector, index.weight2);
    if (total > bestTotal) {
      bestTotal = total;
      best = p;
    }
  }
  return best;
}

/** The measures whose cue phrases lie in the passage (a clause's other instructions do not count). */
function passageMeasures(index: AlignmentIndex, passage: number): string[] {
  const p = index.passages[passage]!;
  const cues = index.clauses[p.clause]!.clause.cues;
  return [...new Set(cues.filter((cue) => cue.start >= p.start && cue.end <= p.end).map((cue) => cue.measure))];
}

/** Measures found in at least half the members' passages, most frequent first. */
function majorityMeasures(tags: ReadonlyArray<readonly string[]>): string[] {
  const counts = new Map<string, number>();
  for (const list of tags) for (const m of list) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n * 2 >= tags.length)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([m]) => m);
}
