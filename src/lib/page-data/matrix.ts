/**
 * The overview's province × measure matrix: for each province in the corpus and each measure, how
 * many clauses order it. The page draws each cell as a dot sized by the count and links it to the
 * search of those clauses, so the page stays the same size whatever the corpus holds (63 provinces
 * × the measures).
 */
import type { Directive } from '../directive/schema.ts';
import type { Measure } from '../measures/schema.ts';
import type { RunningTotal } from '../corpus/sink.ts';

export interface MatrixCell {
  measureId: string;
  /** Clauses of the province's directives that order this measure. */
  count: number;
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

/** Provinces appear in the order of their names. */
export function provinceMeasureMatrix(directives: Iterable<Directive>, measures: readonly Measure[]): Matrix {
  const totals = matrixTotals(measures);
  for (const d of directives) totals.add(d);
  return totals.finish();
}

/** The matrix as a running total, a directive at a time (the site build's listings). */
export function matrixTotals(measures: readonly Measure[]): RunningTotal<Matrix> {
  const rows = new Map<string, MatrixRow>();
  return {
    add(d) {
      if (!d.province) return;
      const { id, name } = d.province.value;
      let row = rows.get(id);
      if (!row) {
        row = {
          provinceId: id,
          provinceName: name,
          directives: 0,
          cells: measures.map((m) => ({ measureId: m.id, count: 0 })),
        };
        rows.set(id, row);
      }
      row.directives++;
      for (const cell of row.cells) {
        for (const clause of d.clauses) if (clause.measures.includes(cell.measureId)) cell.count++;
      }
    },
    finish() {
      const sorted = [...rows.values()].sort((a, b) => a.provinceName.localeCompare(b.provinceName, 'vi'));
      const max = Math.max(0, ...sorted.flatMap((r) => r.cells.map((c) => c.count)));
      return { measures: measures.map(({ id, vi }) => ({ id, vi })), rows: sorted, max };
    },
  };
}
