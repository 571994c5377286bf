/** Precision and recall of predicted tags against hand labels, per measure and micro-averaged. */

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface LabelledPrediction {
  expected: readonly string[];
  predicted: readonly string[];
}

export function countByMeasure(ids: readonly string[], rows: readonly LabelledPrediction[]): Map<string, Counts> {
  const counts = new Map(ids.map((id) => [id, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
  for (const { expected, predicted } of rows) {
    for (const id of ids) {
      const c = counts.get(id)!;
      const want = expected.includes(id);
      const got = predicted.includes(id);
      if (want && got) c.truePositives++;
      else if (got) c.falsePositives++;
      else if (want) c.falseNegatives++;
    }
  }
  return counts;
}

export function total(counts: Iterable<Counts>): Counts {
  const sum = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const c of counts) {
    sum.truePositives += c.truePositives;
    sum.falsePositives += c.falsePositives;
    sum.falseNegatives += c.falseNegatives;
  }
  return sum;
}

/** 1 when nothing was predicted (no false positives were possible). */
export function precision(c: Counts): number {
  const predicted = c.truePositives + c.falsePositives;
  return predicted === 0 ? 1 : c.truePositives / predicted;
}

/** 1 when nothing was expected. */
export function recall(c: Counts): number {
  const expected = c.truePositives + c.falseNegatives;
  return expected === 0 ? 1 : c.truePositives / expected;
}
