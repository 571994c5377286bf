/**
 * Facet values as a person types them on the command line → the ids the index filters on:
 * "Thanh Hóa", "thanh hoa" or "thanh-hoa" → thanh-hoa; "Chỉ thị", "CT" or "chi-thi" → chi-thi;
 * "tiêm chủng" or "vaccination" → vaccination. Node only (reference data from content/).
 */
import { docTypeFromCodeLetters, docTypeFromName, DOC_TYPE_LABELS } from '../directive/doc-types.ts';
import { ISSUER_LABELS } from '../directive/issuers.ts';
import { listMeasures } from '../measures/index.ts';
import { findProvinceByName, getProvince, listRegions } from '../provinces/index.ts';
import { foldKey } from '../text/fold.ts';

export type FacetKind = 'province' | 'region' | 'measure' | 'type' | 'issuer';

export class UnknownFacetValueError extends Error {
  constructor(kind: FacetKind, value: string, known: string[]) {
    super(`unknown ${kind} "${value}"; known: ${known.join(', ')}`);
    this.name = 'UnknownFacetValueError';
  }
}

export function facetId(kind: FacetKind, value: string): string {
  const id = lookup(kind, value.trim());
  if (!id) throw new UnknownFacetValueError(kind, value, knownIds(kind));
  return id;
}

function lookup(kind: FacetKind, value: string): string | undefined {
  const folded = foldKey(value);
  switch (kind) {
    case 'province':
      return getProvince(value)?.id ?? findProvinceByName(value)?.id;
    case 'region':
      return listRegions().find((r) => r.id === value || foldKey(r.vi) === folded || r.en.toLowerCase() === folded)?.id;
    case 'measure':
      return listMeasures().find((m) => m.id === value || foldKey(m.vi) === folded || m.en.toLowerCase() === folded)
        ?.id;
    case 'type':
      return value in DOC_TYPE_LABELS ? value : (docTypeFromName(value) ?? docTypeFromCodeLetters(value) ?? undefined);
    case 'issuer':
      return Object.entries(ISSUER_LABELS).find(([id, label]) => id === value || foldKey(label) === folded)?.[0];
  }
}

function knownIds(kind: FacetKind): string[] {
  switch (kind) {
    case 'province':
      return ['a slug such as thanh-hoa, or a name such as "Thanh Hóa"'];
    case 'region':
      return listRegions().map((r) => r.id);
    case 'measure':
      return listMeasures().map((m) => m.id);
    case 'type':
      return Object.keys(DOC_TYPE_LABELS);
    case 'issuer':
      return Object.keys(ISSUER_LABELS);
  }
}
