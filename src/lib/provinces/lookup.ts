/**
 * Listing and looking up provinces by id or by a name as people write it.
 */
import { foldDiacritics } from '../text/fold.ts';
import { normalizeText } from '../text/normalize.ts';
import { loadProvinceData } from './load.ts';
import { buildNameIndex, candidatesFor, type NameIndex } from './names.ts';
import type { Province, ProvinceKind, Region } from './types.ts';

let index: NameIndex | undefined;

/** The name dictionaries, built once from the loaded data. */
export function nameIndex(): NameIndex {
  index ??= buildNameIndex(loadProvinceData());
  return index;
}

/** The 63 provinces of 2020–2022, in the order of their GSO codes (Hà Nội first). */
export function listProvinces(): Province[] {
  return [...loadProvinceData().provinces];
}

export function getProvince(id: string): Province | undefined {
  return nameIndex().byId.get(id);
}

/** The 34 provinces in force since 1 July 2025, which every `Province.since2025` names. */
export function listProvinces2025(): { id: string; name: string; kind: ProvinceKind }[] {
  return loadProvinceData().provinces2025.map((p) => ({ ...p }));
}

/** The six socio-economic regions, north to south. */
export function listRegions(): Region[] {
  return [...loadProvinceData().regions];
}

/**
 * Unit words in front of a name given on its own ("Tỉnh Thanh Hóa", "TP. HCM", "Thủ đô Hà Nội"),
 * matched on the folded name. "tp" needs its dot or a space so that "TPHCM" stays whole.
 */
const LEADING_UNIT_WORD = /^(?:tinh|thanh pho|thu do|tp\.|tp )\s*/;

/**
 * The province a name designates, tolerant of case, diacritics, tone placement, a leading
 * "tỉnh"/"thành phố"/"TP." and the spellings listed as variants: "Hung Yên" → hung-yen,
 * "Thanh Hoá" → thanh-hoa, "TP.HCM" → ho-chi-minh. District names are not looked up here.
 */
export function findProvinceByName(name: string): Province | undefined {
  const { provinces, byId } = nameIndex();
  const written = normalizeText(name)
    .trim()
    .replace(/[\s,.;:]+$/u, '');
  const stripped = written.slice(leadingUnitWordLength(written));
  for (const form of [written, stripped]) {
    const entry = candidatesFor(provinces, form)[0];
    if (entry) return byId.get(entry.provinceId);
  }
  return undefined;
}

function leadingUnitWordLength(written: string): number {
  // A precomposed Vietnamese letter folds to one base letter, so offsets carry over to `written`.
  const folded = foldDiacritics(written).toLowerCase();
  return LEADING_UNIT_WORD.exec(folded)?.[0].length ?? 0;
}
