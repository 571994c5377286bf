/**
 * Provinces of 2020–2022: reference data (content/data/*.yaml) and reading place names in texts.
 */
export type {
  DistrictKind,
  MentionForm,
  Province,
  ProvinceInference,
  ProvinceKind,
  ProvinceMention,
  Region,
} from './types.ts';
export { findProvinceByName, getProvince, listProvinces, listProvinces2025, listRegions } from './lookup.ts';
export { findProvinceMentions } from './mentions.ts';
export { inferProvince, rankProvinces } from './infer.ts';
