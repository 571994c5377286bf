/**
 * The material synthetic directives are made of: the seed directives' clauses, grouped in blocks (a
 * top-level clause with its children, as "9. Giao Công an tỉnh" with its points a–d), and the place
 * names each seed uses, so that a block moved to another province speaks of that province.
 */
import type { Clause, Directive } from '../directive/schema.ts';
import type { Province } from '../provinces/types.ts';
import type { Random } from './prng.ts';

export interface SeedBlock {
  head: Clause;
  children: Clause[];
  /** The seed's province, whose names are swapped for the new province's. */
  province: Province | null;
}

export interface SeedText {
  text: string;
  province: Province | null;
}

export interface SeedPool {
  blocks: SeedBlock[];
  /** Every clause text with instructions of its own, for borrowing parts. */
  texts: SeedText[];
}

export function buildSeedPool(sources: readonly Directive[], provinces: ReadonlyMap<string, Province>): SeedPool {
  const blocks: SeedBlock[] = [];
  const texts: SeedText[] = [];
  for (const directive of sources) {
    const province = directive.province ? (provinces.get(directive.province.value.id) ?? null) : null;
    for (const head of directive.clauses.filter((c) => c.parentId === null)) {
      const children = directive.clauses.filter((c) => c.parentId === head.id);
      blocks.push({ head, children, province });
    }
    for (const clause of directive.clauses) if (clause.text.length > 80) texts.push({ text: clause.text, province });
  }
  return { blocks, texts };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the seed province's name (and its variants) with the target's, and the seed's district
 * names with districts of the target, so "huyện Bình Giang, Thanh Hà" becomes two districts of the
 * new province. District names that are bare numbers ("Quận 1") are left alone.
 */
export function relocate(text: string, from: Province | null, to: Province, random: Random): string {
  if (!from || from.id === to.id) return text;
  const names = [from.name, ...from.variants].filter((n) => n.length > 2);
  const districts = from.districts.filter((n) => n.length > 2 && !/^\d+$/.test(n) && !names.includes(n));
  const targets = to.districts.filter((n) => !/^\d+$/.test(n));
  let out = replaceWords(text, names, () => to.name);
  if (targets.length > 0) out = replaceWords(out, districts, () => random.pick(targets));
  return out;
}

function replaceWords(text: string, words: readonly string[], by: () => string): string {
  if (words.length === 0) return text;
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${sorted.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
  return text.replace(pattern, by);
}
