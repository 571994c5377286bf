/**
 * The public shapes of the provinces module. Ids are the ASCII slugs of provinces.yaml
 * ("thanh-hoa"); names keep their Vietnamese spelling.
 */
import type { DistrictKind, ProvinceKind } from './schema.ts';

export type { DistrictKind, ProvinceKind };

/** Vùng kinh tế - xã hội: one of the six socio-economic regions of the General Statistics Office. */
export interface Region {
  id: string;
  /** "Đồng bằng sông Hồng" */
  vi: string;
  /** "Red River Delta" */
  en: string;
}

/** One of the 63 provinces and centrally-run cities of 2020–2022. */
export interface Province {
  /** "thanh-hoa", "ho-chi-minh", "ba-ria-vung-tau" */
  id: string;
  /** Mã tỉnh of the General Statistics Office: "38". */
  gsoCode: string;
  /** Display name: "Thanh Hóa", "TP. Hồ Chí Minh". */
  name: string;
  /** "Tỉnh Thanh Hóa", "Thành phố Hồ Chí Minh". */
  officialName: string;
  kind: ProvinceKind;
  /** Spellings a raw text may carry, matched bare: "Thanh Hoá", "Hung Yên", "TP.HCM". */
  variants: string[];
  /** Names that count only after "tỉnh"/"thành phố"/"TP.": "Hồ Chí Minh" (also the President). */
  prefixOnly: string[];
  region: Region;
  /** The province of the 34 (since 1 July 2025) that holds this territory now. */
  since2025: { id: string; name: string };
  /** Bare names of its district-level units of 2020–2022: "Gia Lộc", "Hải Dương", "1" (Quận 1). */
  districts: string[];
}

/**
 * How a mention was written; it decides how much it weighs.
 * - `bare`: a province name as written, with its diacritics and capitals ("Báo Thanh Hóa").
 * - `prefixed`: after an explicit unit word ("tỉnh Hưng Yên", "huyện Gia Lộc", "Huyện ủy Phù Cừ").
 * - `listed`: a further name in a list after one unit word ("huyện Bình Giang, Thanh Hà, Nam Sách").
 * - `place-line`: the place of issue on the dateline ("Hung Yên, ngày 08 tháng 5 năm 2021").
 */
export type MentionForm = 'bare' | 'prefixed' | 'listed' | 'place-line';

/** A place in a text that names a province, or one of its districts. */
export interface ProvinceMention {
  provinceId: string;
  /** The words as they stand in the text, prefix included: "thành phố Hải Dương". */
  phrase: string;
  /** UTF-16 offsets into the text given (which should already be normalised). */
  start: number;
  end: number;
  /** Whether the phrase names the province itself or one of its districts. */
  kind: 'province' | 'district';
  form: MentionForm;
  /**
   * How many provinces the phrase could name: 1, or more for a district name shared by several
   * provinces ("huyện Châu Thành" is in ten); such a phrase yields one mention per province.
   */
  candidates: number;
}

/** The province a text most likely belongs to, with the mentions that say so. */
export interface ProvinceInference {
  provinceId: string;
  /** Sum of the weights of its mentions (see infer.ts). */
  score: number;
  evidence: ProvinceMention[];
}
