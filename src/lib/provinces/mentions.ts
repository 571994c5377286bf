/**
 * findProvinceMentions: every place in a body text that names a province or one of its districts.
 *
 * Bare names are matched only as written (diacritics and capitals), because many are ordinary
 * words or given names once folded ("thanh", "hòa bình" = peace, "Huế"). After an explicit unit
 * word ("tỉnh", "huyện", …) and on the dateline, names are read tolerantly. See patterns.ts for
 * the forms and their examples.
 */
import { loadProvinceData } from './load.ts';
import { nameIndex } from './lookup.ts';
import { candidatesFor, coreName, provinceIdsOf, type NameEntry, type NameIndex } from './names.ts';
import {
  bareNamesPattern,
  LIST_SEPARATOR,
  MAX_NAME_WORDS,
  NAME_START,
  NAME_WORD,
  NAME_WORD_GAP,
  PLACE_LINE,
  UNIT_WORDS,
  type UnitWord,
} from './patterns.ts';
import type { MentionForm, ProvinceMention } from './types.ts';

/** One matched span, before it is split into one mention per candidate province. */
interface Found {
  start: number;
  end: number;
  kind: ProvinceMention['kind'];
  form: MentionForm;
  provinceIds: string[];
}

/** Which of two overlapping spans is kept: the dateline, then an explicit unit word, then bare. */
const FORM_PRIORITY: Record<MentionForm, number> = { 'place-line': 3, prefixed: 2, listed: 2, bare: 1 };

let bareRes: { names: RegExp; notPlaces: RegExp | undefined } | undefined;

function bareExpressions(): NonNullable<typeof bareRes> {
  if (bareRes) return bareRes;
  const { provinces, notPlaces } = loadProvinceData();
  const names = provinces.flatMap((p) => [coreName(p), ...p.variants].filter((n) => !p.prefixOnly.includes(n)));
  bareRes = {
    names: bareNamesPattern(names),
    notPlaces: notPlaces.length > 0 ? bareNamesPattern(notPlaces, 'giu') : undefined,
  };
  return bareRes;
}

/**
 * Every mention of a province or district in `text`, in text order. `text` should already have
 * been through normalizeText; offsets index into it. A district name shared by several provinces
 * yields one mention per province, each with `candidates` > 1.
 */
export function findProvinceMentions(text: string): ProvinceMention[] {
  const index = nameIndex();
  const found = [...bareMatches(text, index), ...prefixedMatches(text, index), ...placeLineMatches(text, index)];
  return withoutOverlaps(found).flatMap((f) =>
    f.provinceIds.map((provinceId) => ({
      provinceId,
      phrase: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      kind: f.kind,
      form: f.form,
      candidates: f.provinceIds.length,
    })),
  );
}

function bareMatches(text: string, index: NameIndex): Found[] {
  const { names, notPlaces } = bareExpressions();
  const excluded = notPlaces ? [...text.matchAll(notPlaces)].map((m) => [m.index, m.index + m[0].length]) : [];
  const found: Found[] = [];
  // Both lists come in text order and neither overlaps itself: one pointer walks the exclusions.
  let next = 0;
  for (const m of text.matchAll(names)) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < excluded.length && excluded[next]![1]! <= start) next++;
    const hit = excluded[next];
    if (hit && hit[0]! < end) continue;
    const provinceIds = provinceIdsOf(candidatesFor(index.provinces, m[0]));
    if (provinceIds.length > 0) found.push({ start, end, kind: 'province', form: 'bare', provinceIds });
  }
  return found;
}

function prefixedMatches(text: string, index: NameIndex): Found[] {
  const found: Found[] = [];
  for (const unit of UNIT_WORDS) {
    for (const m of text.matchAll(unit.re)) {
      const head = readName(text, m.index + m[0].length, unit, index);
      if (!head) continue;
      found.push({ ...head, start: m.index, form: 'prefixed' });
      found.push(...listedAfter(text, head, unit, index));
    }
  }
  return found;
}

/** "huyện Bình Giang, Thanh Hà, Nam Sách": the items after the first, while each is a known name. */
function listedAfter(text: string, head: Found, unit: UnitWord, index: NameIndex): Found[] {
  const listed: Found[] = [];
  let previous = head;
  for (;;) {
    LIST_SEPARATOR.lastIndex = previous.end;
    const sep = LIST_SEPARATOR.exec(text);
    if (!sep) break;
    const item = readName(text, previous.end + sep[0].length, unit, index);
    if (!item) break;
    // A shared name in a list most likely belongs where the head does.
    const shared = item.provinceIds.filter((id) => head.provinceIds.includes(id));
    listed.push({ ...item, form: 'listed', provinceIds: shared.length > 0 ? shared : item.provinceIds });
    previous = item;
  }
  return listed;
}

/**
 * The longest run of up to MAX_NAME_WORDS words at `from` that is a known name for the unit
 * word's target. The span returned covers the name only.
 */
function readName(text: string, from: number, unit: UnitWord, index: NameIndex): Found | undefined {
  const ends = wordEnds(text, from);
  if (ends.length === 0 || !NAME_START.test(text.slice(from, from + 1))) return undefined;
  for (let n = ends.length; n > 0; n--) {
    const end = ends[n - 1]!;
    const written = text.slice(from, end);
    const place = placeFor(written, unit, index);
    if (place) return { start: from, end, form: 'prefixed', ...place };
  }
  return undefined;
}

function wordEnds(text: string, from: number): number[] {
  const ends: number[] = [];
  let at = from;
  while (ends.length < MAX_NAME_WORDS) {
    if (ends.length > 0) {
      NAME_WORD_GAP.lastIndex = at;
      at += NAME_WORD_GAP.exec(text)?.[0].length ?? 0;
    }
    NAME_WORD.lastIndex = at;
    const word = NAME_WORD.exec(text);
    if (!word) break;
    at += word[0].length;
    ends.push(at);
  }
  return ends;
}

function placeFor(written: string, unit: UnitWord, index: NameIndex): Pick<Found, 'kind' | 'provinceIds'> | undefined {
  const asProvince = candidatesFor(index.provinces, written);
  if (unit.target === 'province') return asFound('province', asProvince);
  if (unit.target === 'city') {
    const central = asProvince.filter((e) => index.byId.get(e.provinceId)?.kind === 'thành phố');
    if (central.length > 0) return asFound('province', central);
  }
  const asDistrict = candidatesFor(index.districts, written);
  const ofKind = asDistrict.filter((e) => e.districtKind === unit.kind);
  const district = asFound('district', ofKind.length > 0 ? ofKind : asDistrict);
  // "thành phố" before a province's own name that is no district's: still that province.
  return district ?? (unit.target === 'city' ? asFound('province', asProvince) : undefined);
}

function asFound(kind: Found['kind'], entries: NameEntry[]): Pick<Found, 'kind' | 'provinceIds'> | undefined {
  return entries.length > 0 ? { kind, provinceIds: provinceIdsOf(entries) } : undefined;
}

function placeLineMatches(text: string, index: NameIndex): Found[] {
  const found: Found[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    const next = lineEnd < 0 ? text.length : lineEnd + 1;
    let at = lineStart;
    while (at < next && (text[at] === ' ' || text[at] === '\t')) at++;
    PLACE_LINE.lastIndex = at;
    const m = at < next ? PLACE_LINE.exec(text) : null;
    lineStart = next;
    if (!m) continue;
    const [start, end] = m.indices?.[1] ?? [];
    if (start === undefined || end === undefined) continue;
    const place = placeAfterUnitWords(text, start, end, index);
    if (place) found.push({ ...place, form: 'place-line' });
  }
  return found;
}

/** The dateline may carry its own unit word ("TP. Hồ Chí Minh, ngày …"); the span keeps it. */
function placeAfterUnitWords(text: string, start: number, end: number, index: NameIndex): Found | undefined {
  const written = text.slice(start, end);
  const whole = candidatesFor(index.provinces, written);
  if (whole.length > 0) return { start, end, kind: 'province', form: 'place-line', provinceIds: provinceIdsOf(whole) };
  for (const unit of UNIT_WORDS) {
    unit.re.lastIndex = 0;
    const m = unit.re.exec(written);
    if (m?.index !== 0) continue;
    const place = placeFor(written.slice(m[0].length), unit, index);
    if (place) return { start, end, form: 'place-line', ...place };
  }
  return undefined;
}

function withoutOverlaps(found: Found[]): Found[] {
  const ranked = [...found].sort(
    (a, b) => FORM_PRIORITY[b.form] - FORM_PRIORITY[a.form] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // Kept spans never overlap, so sorted by start they are sorted by end too: only the last one
  // starting before `f` ends can overlap it. A binary search keeps this linear-logarithmic; a scan
  // of every kept span took seconds on a line naming a place 25,000 times.
  const kept: Found[] = [];
  for (const f of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < f.end) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    if (before && before.end > f.start) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}
