/**
 * The overview's province × measure matrix: for each province in the corpus and each measure, the
 * clauses that order it. The page draws each cell as a dot sized by the number of clauses and links
 * it to the first of them.
 */
import type { Directive } from '../directive/schema.ts';
import type { Measure } from '../measures/schema.ts';

export interface MatrixCell {
  measureId: string;
  /** Clauses ordering this measure, across the province's directives, in date order. */
  clauses: Array<{ directiveId: string; clauseId: string }>;
}

export interface MatrixRow {
  provinceId: string;
  provinceName: string;
  directives: number;
  cells: MatrixCell[];
}

export interface Matrix {
  measures: Array<Pick<Measure, 'id' | 'vi'>>;
  rows: MatrixRow[];
  /** The largest cell, to scale the dots. */
  max: number;
}

/** `directives` in date order; provinces appear in the order of their names. */
export function provinceMeasureMatrix(directives: readonly Directive[], measures: readonly Measure[]): Matrix {
  const byProvince = new Map<string, { name: string; directives: Directive[] }>();
  for (const d of directives) {
    if (!d.province) continue;
    const { id, name } = d.province.value;
    const entry = byProvince.get(id) ?? { name, directives: [] };
    entry.directives.push(d);
    byProvince.set(id, entry);
  }
  let max = 0;
  const rows = [...byProvince.entries()]
    .sort(([, a], [, b]) => a.name.localeCompare(b.name, 'vi'))
    .map(([provinceId, entry]) => {
      const cells = measures.map((m) => {
        const clauses = entry.directives.flatMap((d) =>
          d.clauses.filter((c) => c.measures.includes(m.id)).map((c) => ({ directiveId: d.id, clauseId: c.id })),
        );
        max = Math.max(max, clauses.length);
        return { measureId: m.id, clauses };
      });
      return { provinceId, provinceName: entry.name, directives: entry.directives.length, cells };
    });
  return { measures: measures.map(({ id, vi }) => ({ id, vi })), rows, max };
}
