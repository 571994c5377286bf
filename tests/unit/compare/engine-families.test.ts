import { describe, expect, test } from 'vitest';
import { computeFamilies } from '../../../src/lib/compare/index.ts';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { generateSyntheticCorpus } from '../../../src/lib/synthetic/index.ts';

describe('computeFamilies on the seeds', () => {
  const families = computeFamilies(loadCorpus().filter((d) => !d.synthetic));
  const members = (f: (typeof families)[number]) => f.members.map((m) => `${m.directive.split('-')[0]}#${m.clauseId}`);

  test('every family gathers clauses of at least two directives, each close to its leader', () => {
    expect(families.length).toBeGreaterThan(5);
    for (const family of families) {
      expect(family.directives).toBeGreaterThanOrEqual(2);
      for (const m of family.members) expect(m.score).toBeGreaterThanOrEqual(0.3);
    }
  });

  test('the Mặt trận clauses of Thanh Hóa and Sơn La form a family', () => {
    expect(families.map(members)).toContainEqual(expect.arrayContaining(['thanh#5', 'son#12']));
  });

  test('the medical-procurement clauses of Nghệ An and Sơn La form one, tagged with their passage’s measures', () => {
    const family = families.find((f) => members(f).includes('nghe#2.-4'))!;
    expect(members(family)).toContain('son#3.d');
    expect(family.measures).toContain('health-capacity');
    expect(family.representative.text).toContain('cơ chế đặc thù');
  });
});

describe('computeFamilies on a synthetic corpus', () => {
  test('copies of one seed clause across provinces land in one family', () => {
    const families = computeFamilies(generateSyntheticCorpus({ directives: 60, seed: 3 }));
    expect(families[0]!.directives).toBeGreaterThan(10);
    expect(families[0]!.provinces).toBeGreaterThan(10);
  });
});
