/**
 * Which province a directive belongs to, from the strongest evidence available:
 * 1. the place in "Thanh Hóa, ngày …" (extracted; a misspelt "Hung Yên" still resolves, with a note),
 *    unless the document is a central body's ("Hà Nội, ngày …" over "Số: 15/CT-TTg");
 * 2. the header's left column, "TỈNH ỦY NGHỆ AN" (extracted);
 * 3. the publishing site's banner, "Banner Tỉnh ủy Nghệ An" (inferred: the page, not the text, says so);
 * 4. place names in the body: "thành phố Hải Dương", "huyện Gia Lộc" (inferred, with each mention).
 */
import { findProvinceByName, findProvinceMentions, getProvince, inferProvince } from '../provinces/index.ts';
import { canonicalToneSpelling } from '../text/normalize.ts';
import type { Evidence, Field, ProvinceRef, SourceSpan } from './schema.ts';
import type { Found } from './header.ts';

export interface ProvinceClues {
  place: Found<string> | null;
  issuerLine: Found<string> | null;
  banner: { text: string; span: SourceSpan } | null;
  /**
   * The document's own number is a central body's ("15/CT-TTg"): its "Hà Nội, ngày …" is where the
   * Government sits, not a province that issued it, and its header names no province.
   */
  central: boolean;
  /** The directive's own text (lead, preamble, clauses, closing), with its offset in the normalised text. */
  body: { text: string; offset: number; lineAt: (offset: number) => number };
}

export interface ProvinceReading {
  field: Field<ProvinceRef> | null;
  /** Set when the place is printed in a spelling that is not the province's name. */
  misspelt: string | null;
}

export function readProvince(clues: ProvinceClues): ProvinceReading {
  if (clues.place && !clues.central) {
    const province = findProvinceByName(clues.place.value);
    if (province) {
      const printed = clues.place.value;
      const exact = printed.split(/\s+/).map(canonicalToneSpelling).join(' ') === province.name;
      const note = exact ? undefined : `printed as “${printed}”`;
      return {
        field: { provenance: 'extracted', value: ref(province), span: clues.place.span, ...(note ? { note } : {}) },
        misspelt: exact ? null : printed,
      };
    }
  }
  if (clues.issuerLine && !clues.central) {
    const mention = findProvinceMentions(clues.issuerLine.value).find((m) => m.kind === 'province');
    const province = mention ? getProvince(mention.provinceId) : undefined;
    if (province)
      return { field: { provenance: 'extracted', value: ref(province), span: clues.issuerLine.span }, misspelt: null };
  }
  if (clues.banner) {
    const mention = findProvinceMentions(clues.banner.text).find((m) => m.kind === 'province');
    const province = mention ? getProvince(mention.provinceId) : undefined;
    if (province) {
      const evidence: Evidence = {
        text: clues.banner.text,
        note: 'the web page this copy comes from is the site of this body',
        span: clues.banner.span,
      };
      return { field: { provenance: 'inferred', value: ref(province), evidence: [evidence] }, misspelt: null };
    }
  }
  const inferred = inferProvince(clues.body.text);
  if (!inferred) return { field: null, misspelt: null };
  const province = getProvince(inferred.provinceId);
  if (!province) return { field: null, misspelt: null };
  const distinct = inferred.evidence.filter((m, i, all) => all.findIndex((o) => o.phrase === m.phrase) === i);
  const evidence = distinct.slice(0, 6).map((m): Evidence => {
    const start = clues.body.offset + m.start;
    return {
      text: m.phrase,
      note: m.kind === 'province' ? `names ${province.name}` : `a place in ${province.name}`,
      span: { start, end: clues.body.offset + m.end, line: clues.body.lineAt(start) },
    };
  });
  return { field: { provenance: 'inferred', value: ref(province), evidence }, misspelt: null };
}

function ref(province: { id: string; name: string }): ProvinceRef {
  return { id: province.id, name: province.name };
}
