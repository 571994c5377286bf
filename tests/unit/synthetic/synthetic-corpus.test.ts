import { describe, expect, test } from 'vitest';
import { Directive } from '../../../src/lib/directive/schema.ts';
import { listMeasures } from '../../../src/lib/measures/index.ts';
import { generateSyntheticCorpus } from '../../../src/lib/synthetic/index.ts';

describe('generateSyntheticCorpus', () => {
  const corpus = generateSyntheticCorpus({ directives: 70, seed: 7 });

  test('every directive is a valid Directive, marked synthetic, with an id starting "synthetic-"', () => {
    for (const d of corpus) {
      expect(Directive.safeParse(d).success, d.id).toBe(true);
      expect(d.synthetic).toBe(true);
      expect(d.id).toMatch(/^synthetic-/);
    }
  });

  test('the 63 provinces, dates in 2020–2022, about twenty clauses each', () => {
    expect(new Set(corpus.map((d) => d.province?.value.id)).size).toBe(63);
    for (const d of corpus) expect(d.date?.value).toMatch(/^202[0-2]-/);
    const clauses = corpus.reduce((n, d) => n + d.clauses.length, 0) / corpus.length;
    expect(clauses).toBeGreaterThan(15);
    expect(clauses).toBeLessThan(25);
  });

  test('clause spans point at their text, and measures come from the real tagger', () => {
    const known = new Set(listMeasures().map((m) => m.id));
    for (const d of corpus.slice(0, 10)) {
      for (const c of d.clauses) {
        expect(d.text.normalized.slice(c.span.start, c.span.end)).toBe(`${c.marker} ${c.text}`);
        for (const m of c.measures) expect(known.has(m)).toBe(true);
      }
    }
    expect(corpus.flatMap((d) => d.clauses).filter((c) => c.measures.length > 0).length).toBeGreaterThan(500);
  });

  test('periods, relations and parameters, read from the generated text by the periods stage', () => {
    const stated = corpus.filter((d) => d.inForce !== null);
    expect(stated.length).toBeGreaterThan(20);
    expect(stated.length).toBeLessThan(65);
    for (const d of stated) {
      const from = d.inForce!.from;
      if (from?.provenance === 'extracted')
        expect(d.text.normalized.slice(from.span.start, from.span.end)).toMatch(/^(?:kể )?từ 0 giờ ngày/);
    }
    expect(corpus.some((d) => d.inForce?.scope !== null && d.inForce?.scope !== undefined)).toBe(true);
    expect(corpus.flatMap((d) => d.clauses).some((c) => c.parameters.length > 0)).toBe(true);
    // Directive 63 + i is the same province's next one; some replace, extend or lift it, by its number.
    const acts = corpus
      .slice(63)
      .flatMap((d) => d.relations.filter((r) => r.type !== 'implements').map((r) => [d, r] as const));
    for (const [d, r] of acts) {
      const earlier = corpus[corpus.indexOf(d) - 63]!;
      expect(r.target).toBe(earlier.number?.value);
    }
  });

  test('a moved clause speaks of its new province', () => {
    const d = corpus.find((x) => x.province?.value.id === 'ca-mau')!;
    expect(d.text.normalized).not.toMatch(/Thanh Hóa|Nghệ An|Sơn La|Hưng Yên/);
  });

  test('the same seed gives the same corpus, and a smaller corpus is a prefix of a larger one', () => {
    const small = generateSyntheticCorpus({ directives: 5, seed: 7 });
    expect(small).toEqual(corpus.slice(0, 5));
    expect(generateSyntheticCorpus({ directives: 5, seed: 8 })).not.toEqual(small);
  });
});
