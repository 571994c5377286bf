/**
 * Reads the province data files once, checks them against their schemas and against each other,
 * and assembles the public `Province` records. Files are found from this module's own location,
 * not from process.cwd(), so scripts and tests run from any directory see the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { DistrictsFile, Provinces2025File, ProvincesFile, RegionsFile } from './schema.ts';
import type { Province, ProvinceKind, Region } from './types.ts';
import { contentDir } from '../paths.ts';

/** content/data/ at the repository root. */
export const dataDir = (): string => join(contentDir(), 'data');

export interface ProvinceData {
  provinces: Province[];
  regions: Region[];
  /** The 34 provinces in force since 1 July 2025. */
  provinces2025: { id: string; name: string; kind: ProvinceKind }[];
  /** Phrases that contain a province's name but name something else ("Thái Bình Dương"). */
  notPlaces: string[];
  /** Province id → its districts with their kinds, as in districts.yaml. */
  districts: z.output<typeof DistrictsFile>['districts'];
}

let cached: ProvinceData | undefined;

export function loadProvinceData(): ProvinceData {
  cached ??= assemble();
  return cached;
}

/** One YAML file of content/data/, checked against its schema. */
export function readDataFile<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  const path = join(dataDir(), file);
  const parsed = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data;
}

function assemble(): ProvinceData {
  const { regions } = readDataFile('regions.yaml', RegionsFile);
  const { provinces: records, notPlaces } = readDataFile('provinces.yaml', ProvincesFile);
  const { provinces2025 } = readDataFile('provinces-2025.yaml', Provinces2025File);
  const { districts } = readDataFile('districts.yaml', DistrictsFile);

  const regionById = new Map(regions.map((r) => [r.id, r]));
  const targetById = new Map(provinces2025.map((p) => [p.id, { id: p.id, name: p.name }]));
  const problems: string[] = [];
  const provinces = records.map((record): Province => {
    const region = regionById.get(record.region);
    const since2025 = targetById.get(record.since2025);
    const units = districts[record.id];
    if (!region) problems.push(`${record.id}: unknown region ${record.region}`);
    if (!since2025) problems.push(`${record.id}: since2025 ${record.since2025} is not among the 34`);
    if (!units) problems.push(`${record.id}: no districts in districts.yaml`);
    return Object.freeze({
      id: record.id,
      gsoCode: record.gsoCode,
      name: record.name,
      officialName: record.officialName,
      kind: record.kind,
      variants: Object.freeze([...record.variants]) as string[],
      prefixOnly: Object.freeze([...record.prefixOnly]) as string[],
      region: region ?? { id: record.region, vi: '', en: '' },
      since2025: since2025 ?? { id: record.since2025, name: '' },
      districts: Object.freeze([...new Set((units ?? []).map((d) => d.name))]) as string[],
    });
  });
  problems.push(...crossChecks(provinces, regions, [...targetById.keys()], Object.keys(districts)));
  if (problems.length > 0) throw new Error(`province data in ${dataDir()}:\n  ${problems.join('\n  ')}`);
  return { provinces, regions, provinces2025, notPlaces, districts };
}

/** What no single schema can see: duplicates, and files that disagree about which ids exist. */
function crossChecks(provinces: Province[], regions: Region[], targets: string[], districtKeys: string[]): string[] {
  const problems: string[] = [];
  const ids = new Set(provinces.map((p) => p.id));
  if (ids.size !== provinces.length) problems.push('duplicate province ids');
  if (new Set(provinces.map((p) => p.gsoCode)).size !== provinces.length) problems.push('duplicate gsoCodes');
  for (const r of regions) {
    if (!provinces.some((p) => p.region.id === r.id)) problems.push(`region ${r.id} holds no province`);
  }
  for (const t of targets) {
    if (!provinces.some((p) => p.since2025.id === t)) problems.push(`2025 province ${t} takes in no province`);
  }
  for (const k of districtKeys) if (!ids.has(k)) problems.push(`districts.yaml: unknown province ${k}`);
  return problems;
}
