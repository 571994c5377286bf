/**
 * Name dictionaries: every spelling of a province or district name, keyed so that a lookup
 * tolerates missing diacritics, either tone placement and the spacing around "-" and ".".
 *
 * Two keys per name, because folding alone merges different places:
 * - the loose key folds everything away ("thanh hoa"), so "Hung Yên" still finds Hưng Yên;
 * - the exact key keeps the diacritics but not the tone placement ("thanh hóa" for "Thanh Hoá").
 * "Thanh Hóa" (the city) and "Thạnh Hóa" (a district of Long An) share the loose key; when the text
 * spells one of them exactly, only that one is kept (`candidatesFor`).
 */
import { memoizeString } from '../text/memo.ts';
import { foldKey } from '../text/fold.ts';
import { canonicalToneSpelling } from '../text/normalize.ts';
import type { ProvinceData } from './load.ts';
import type { DistrictKind, Province } from './types.ts';

export interface NameEntry {
  provinceId: string;
  exact: string;
  /** Set on district entries: the unit's kind, which a unit word in the text can confirm. */
  districtKind?: DistrictKind;
}

export interface NameIndex {
  /** Every name of every province: core, display, official, variants, prefix-only names. */
  provinces: Map<string, NameEntry[]>;
  /** District names; one key may hold several provinces ("Châu Thành"). */
  districts: Map<string, NameEntry[]>;
  byId: Map<string, Province>;
}

/** One spelling of the spacing: "Bà Rịa - Vũng Tàu" → "Bà Rịa-Vũng Tàu", "TP. HCM" → "TP.HCM". */
export function tidyName(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*\.\s*/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Remembered: the mention finder looks up the same few words after every unit word of a text. */
export const looseKey = memoizeString((s: string) => foldKey(tidyName(s)));

export const exactKey = memoizeString((s: string) => canonicalToneSpelling(tidyName(s)).toLowerCase());

/** The name a text uses bare: the official name without "Tỉnh " / "Thành phố ". */
export function coreName(p: Province): string {
  return p.officialName.replace(/^(Tỉnh|Thành phố) /u, '');
}

export function buildNameIndex(data: ProvinceData): NameIndex {
  const provinces = new Map<string, NameEntry[]>();
  const districts = new Map<string, NameEntry[]>();
  for (const p of data.provinces) {
    const names = [coreName(p), p.name, p.officialName, ...p.variants, ...p.prefixOnly];
    for (const name of names) add(provinces, name, { provinceId: p.id, exact: exactKey(name) });
    for (const d of data.districts[p.id] ?? []) {
      add(districts, d.name, { provinceId: p.id, exact: exactKey(d.name), districtKind: d.kind });
    }
  }
  for (const [key, entries] of provinces) {
    const ids = new Set(entries.map((e) => e.provinceId));
    if (ids.size > 1) throw new Error(`province name "${key}" belongs to ${[...ids].join(', ')}`);
  }
  return { provinces, districts, byId: new Map(data.provinces.map((p) => [p.id, p])) };
}

function add(map: Map<string, NameEntry[]>, name: string, entry: NameEntry): void {
  const key = looseKey(name);
  const entries = map.get(key) ?? [];
  if (!entries.some((e) => e.provinceId === entry.provinceId && e.exact === entry.exact)) entries.push(entry);
  map.set(key, entries);
}

/**
 * The entries a written name may stand for. Entries spelt exactly as written (tone placement
 * aside) win over entries that only fold to the same letters.
 */
export function candidatesFor(map: Map<string, NameEntry[]>, written: string): NameEntry[] {
  const all = map.get(looseKey(written)) ?? [];
  if (all.length === 0) return all;
  const exact = exactKey(written);
  const same = all.filter((e) => e.exact === exact);
  return same.length > 0 ? same : all;
}

/** The distinct province ids among entries, in first-seen order. */
export function provinceIdsOf(entries: NameEntry[]): string[] {
  return [...new Set(entries.map((e) => e.provinceId))];
}
