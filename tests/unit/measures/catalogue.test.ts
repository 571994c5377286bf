import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  compileCues,
  getMeasure,
  listCentralDocuments,
  listMeasures,
  OXCGRT_CODES,
  parseMeasures,
} from '../../../src/lib/measures/index.ts';
import { readLabelledClauses, readRealShapedPassages } from './labelled-clauses.ts';

describe('the measure taxonomy (content/measures.yaml)', () => {
  const measures = listMeasures();

  test('has between 15 and 25 measures with unique kebab-case ids', () => {
    expect(measures.length).toBeGreaterThanOrEqual(15);
    expect(measures.length).toBeLessThanOrEqual(25);
    expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
  });

  test('covers the measures the directives order', () => {
    const ids = measures.map((m) => m.id);
    const named = [
      'masks-5k',
      'distancing-gatherings',
      'quarantine-isolation',
      'testing',
      'contact-tracing',
      'vaccination',
      'health-declaration',
      'movement-control',
      'business-restrictions',
      'schools-events',
      'lockdown-zoning',
      'health-capacity',
      'social-support',
      'information-campaign',
      'enforcement-accountability',
      'digital-tools',
      'border-control',
      'essential-supplies',
      'economic-recovery',
    ];
    for (const id of named) {
      expect(ids).toContain(id);
    }
  });

  test.each(measures.map((m) => [m.id, m] as const))(
    '%s has vi and en labels, a description and at least 3 cues',
    (_, m) => {
      expect(m.vi.trim()).not.toBe('');
      expect(m.en.trim()).not.toBe('');
      expect(m.description.trim()).not.toBe('');
      expect(m.cues.length).toBeGreaterThanOrEqual(3);
      expect(new Set(m.cues).size).toBe(m.cues.length);
    },
  );

  test('Vietnamese labels and cues carry diacritics', () => {
    for (const m of measures) expect(m.vi).toMatch(/[^\x00-\x7F]/);
    const cues = measures.flatMap((m) => m.cues);
    expect(cues.filter((cue) => /[^\x00-\x7F]/.test(cue)).length / cues.length).toBeGreaterThan(0.75);
  });

  test('OxCGRT codes are valid indicators', () => {
    for (const m of measures) for (const code of m.oxcgrt) expect(OXCGRT_CODES).toContain(code);
    expect(getMeasure('masks-5k')?.oxcgrt).toEqual(['H6']);
    expect(getMeasure('vaccination')?.oxcgrt).toContain('H7');
  });

  test('every cue and exclude phrase compiles to words', () => {
    expect(() => compileCues(measures)).not.toThrow();
  });

  test('getMeasure finds a measure by id, and nothing for an unknown id', () => {
    expect(getMeasure('quarantine-isolation')?.vi).toBe('Cách ly');
    expect(getMeasure('curfew')).toBeUndefined();
  });

  describe('parseMeasures rejects a file that', () => {
    const valid = readFileSync(new URL('../../../content/measures.yaml', import.meta.url), 'utf8');
    const one = (fields: string) =>
      `measures:\n  - id: masks\n    vi: Khẩu trang\n    en: Masks\n    description: d\n${fields}`;

    test('is the real file (it parses)', () => {
      expect(parseMeasures(valid).length).toBe(measures.length);
    });

    test('gives a measure fewer than 3 cues', () => {
      expect(() => parseMeasures(one('    cues: [khẩu trang, 5K]\n'))).toThrow();
    });

    test('names an OxCGRT code that does not exist', () => {
      expect(() => parseMeasures(one('    oxcgrt: [C9]\n    cues: [khẩu trang, 5K, rửa tay]\n'))).toThrow();
    });

    test('repeats an id', () => {
      const measure = one('    cues: [khẩu trang, 5K, rửa tay]\n').replace('measures:\n', '');
      expect(() => parseMeasures(`measures:\n${measure}${measure}`)).toThrow(/unique/);
    });
  });
});

describe('the labelled fixture (tests/fixtures/measures/labelled-clauses.yaml)', () => {
  const clauses = readLabelledClauses();
  const ids = new Set(listMeasures().map((m) => m.id));

  test('has at least 70 clauses from all five seeds, with unique ids', () => {
    expect(clauses.length).toBeGreaterThanOrEqual(70);
    expect(new Set(clauses.map((c) => c.seed)).size).toBe(5);
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
  });

  test('quotes every clause verbatim from its seed, starting on the line it names', () => {
    for (const clause of clauses) {
      const lines = readFileSync(new URL(`../../../content/directives/${clause.seed}`, import.meta.url), 'utf8').split(
        '\n',
      );
      const [first = '', ...rest] = clause.text.split('\n');
      // A non-breaking space may follow the marker ("1.\u00A0Xác định" in the Nghệ An seed).
      const spaced = (s: string) => s.replace(/\s+/g, ' ');
      expect(spaced(lines[clause.line - 1] ?? ''), clause.id).toContain(spaced(`${clause.marker} ${first}`));
      const seed = lines.join('\n');
      for (const paragraph of rest) expect(seed, clause.id).toContain(paragraph);
    }
  });

  test('labels only measures that exist', () => {
    for (const clause of clauses) for (const id of clause.measures) expect(ids, `${clause.id}: ${id}`).toContain(id);
  });
});

describe.each([1, 2] as const)('the held-apart real-shaped set %i', (set) => {
  const passages = readRealShapedPassages(set);
  const ids = new Set(listMeasures().map((m) => m.id));
  const documents = listCentralDocuments();

  test('has unique ids and every shape (lead, paragraph, clause)', () => {
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    expect(new Set(passages.map((p) => p.shape))).toEqual(new Set(['lead', 'paragraph', 'clause']));
  });

  test('labels only measures that exist', () => {
    for (const p of passages) for (const id of p.measures) expect(ids, `${p.id}: ${id}`).toContain(id);
  });

  test("labels every measure of each document it reads as applied (the labels agree with the documents' sets)", () => {
    for (const p of passages) {
      for (const by of p.implied) {
        const [code, level] = by.split(' cấp ');
        const doc = documents.find((d) => d.code === code);
        expect(doc, `${p.id}: ${by}`).toBeDefined();
        const carried = level ? doc!.levels.find((l) => l.level === Number(level))?.measures : doc!.measures;
        expect(carried, `${p.id}: ${by}`).toBeDefined();
        expect(p.measures, `${p.id}: ${by}`).toEqual(expect.arrayContaining(carried!));
      }
    }
  });
});
