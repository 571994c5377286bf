/**
 * The numbers a clause sets, each read only in the words that give it a meaning:
 *
 *   max_gathering      "không tập trung quá 10 người", "tụ tập trên mười người", "đám cưới, đám
 *                      tang không quá 20 người"                               → people
 *   min_distance       "giữ khoảng cách tối thiểu 2 mét", "khoảng cách 2m", "cách nhau ít nhất 1,5 m" → m
 *   capacity_pct       "không quá 50% công suất", "hoạt động 30% công suất", "sức chứa tối đa 50%" → %
 *   max_passengers_pct "không quá 50% số ghế" (and "số chỗ", "hành khách") beside a vehicle word → %
 *   quarantine_days    "cách ly tập trung 21 ngày", "cách ly y tế tại nhà đủ 14 ngày", "14 ngày cách ly" → days
 *   test_interval_days "xét nghiệm … 3 ngày/lần", "định kỳ 7 ngày một lần", "1 lần/3 ngày" (xét nghiệm, test
 *                      or lấy mẫu in the sentence)                            → days
 *   curfew_from / _to  "không ra khỏi nhà từ 18 giờ đến 6 giờ sáng hôm sau", "18h00 - 6h00" (an order
 *                      to stay in beside it; overnight, or after 17 h)        → hour (18.5 = 18 giờ 30)
 * Numbers in words count ("mười người"). Precision first: a count of cases, an age, a phone number,
 * a date or an hour that starts a period ("0 giờ ngày 2/8") never becomes a parameter, because each
 * form needs its cap word ("quá", "tối đa", "không quá", "tối thiểu") or its unit beside it, and
 * "dưới", "từ … trở lên" (whose limit is one off the number printed) are not read at all.
 */
import type { Parameter, ParameterKind, ParameterUnit } from '../directive/schema.ts';
import { NUMBER_PATTERN, numberValue } from './numbers-in-words.ts';
import { sentencesOf, spanIn, type TextPiece } from './units.ts';

const B = String.raw`(?<![\p{L}\p{M}\d])`;
const E = String.raw`(?![\p{L}\p{M}])`;
const N = String.raw`(?<n>${NUMBER_PATTERN})`;
const CAP = String.raw`(?:không\s+quá|không\s+vượt\s+quá|tối\s+đa|quá|trên|nhiều\s+hơn)`;
const GAP = String.raw`[^.;:\n\d]{0,40}?`;

interface Form {
  kind: ParameterKind;
  unit: ParameterUnit;
  re: RegExp;
  /** The sentence must also say this (a vehicle, a test). */
  needs?: RegExp;
  /** …and must not say this. */
  refuses?: RegExp;
  range: readonly [number, number];
  /** Words one of which the sentence must hold (lower case): a cheap test before the pattern. */
  trigger: readonly string[];
}

const re = (source: string) => new RegExp(source, 'giu');
const VEHICLE = /(?<![\p{L}])(?:xe|phương\s+tiện|vận\s+tải|hành\s+khách|tàu|chuyến|taxi|buýt)(?![\p{L}])/iu;
const TEST = /xét\s+nghiệm|(?<![\p{L}])test(?![\p{L}])|lấy\s+mẫu/iu;
const GATHERINGS = String.raw`(?:tập\s+trung|tụ\s+tập|tụ\s+họp|tập\s+hợp|hội\s+họp|đám\s+cưới|tiệc\s+cưới|đám\s+tang|lễ\s+tang|đám\s+giỗ|hội\s+nghị|cuộc\s+họp|sự\s+kiện|lễ\s+hội|sinh\s+hoạt\s+tôn\s+giáo|hoạt\s+động\s+tôn\s+giáo)`;
const SEATS = String.raw`(?:tổng\s+)?(?:số\s+)?(?:ghế|chỗ\s+ngồi|chỗ|hành\s+khách|lượng\s+hành\s+khách)`;

const FORMS: readonly Form[] = [
  {
    kind: 'max_gathering',
    trigger: [
      'tập trung',
      'tụ tập',
      'tụ họp',
      'tập hợp',
      'hội họp',
      'đám',
      'tiệc',
      'lễ',
      'hội nghị',
      'họp',
      'sự kiện',
      'tôn giáo',
    ],
    unit: 'people',
    re: re(String.raw`${B}${GATHERINGS}${E}${GAP}${CAP}\s+${N}\s+người${E}(?!\s*\/)`),
    range: [1, 1000],
  },
  {
    kind: 'min_distance',
    trigger: ['khoảng cách', 'cách nhau'],
    unit: 'm',
    re: re(String.raw`${B}(?:khoảng\s+cách|cách\s+nhau)${E}[^.;:\n\d]{0,30}?${N}\s{0,2}(?:mét|m)(?![\p{L}\p{M}\d²/])`),
    range: [0.5, 10],
  },
  {
    kind: 'max_passengers_pct',
    trigger: ['%'],
    unit: '%',
    re: re(String.raw`${B}(?:${CAP}\s+)?${N}\s{0,2}%\s{0,2}${SEATS}${E}`),
    needs: VEHICLE,
    range: [1, 100],
  },
  {
    kind: 'capacity_pct',
    trigger: ['%'],
    unit: '%',
    re: re(String.raw`${B}(?:${CAP}\s+)?${N}\s{0,2}%\s{0,2}(?:công\s+suất|sức\s+chứa|quy\s+mô)${E}`),
    range: [1, 100],
  },
  {
    kind: 'capacity_pct',
    trigger: ['%'],
    unit: '%',
    re: re(String.raw`${B}(?:công\s+suất|sức\s+chứa)${E}[^.;:\n\d]{0,20}?${CAP}\s+${N}\s{0,2}%`),
    range: [1, 100],
  },
  {
    kind: 'capacity_pct',
    trigger: ['%'],
    unit: '%',
    re: re(String.raw`${B}(?:${CAP}\s+)?${N}\s{0,2}%\s{0,2}${SEATS}${E}`),
    refuses: VEHICLE,
    range: [1, 100],
  },
  {
    kind: 'quarantine_days',
    trigger: ['cách ly'],
    unit: 'days',
    re: re(
      String.raw`${B}cách\s+ly${E}(?:\s+(?:y\s+tế|tập\s+trung|tại\s+nhà|tại\s+nơi\s+lưu\s+trú|tại\s+gia\s+đình|tại\s+chỗ|tại\s+cơ\s+sở|tại\s+khách\s+sạn|bắt\s+buộc|đủ|trong|ít\s+nhất|tối\s+thiểu|thời\s+gian|là|,))*\s+${N}\s+ngày${E}`,
    ),
    range: [1, 60],
  },
  {
    kind: 'quarantine_days',
    trigger: ['cách ly'],
    unit: 'days',
    re: re(String.raw`${B}${N}\s+ngày\s+cách\s+ly${E}`),
    range: [1, 60],
  },
  {
    kind: 'test_interval_days',
    trigger: ['ngày'],
    unit: 'days',
    re: re(String.raw`${B}${N}\s+ngày\s{0,2}(?:\/|một|1)\s{0,2}lần${E}`),
    needs: TEST,
    range: [1, 30],
  },
  {
    kind: 'test_interval_days',
    trigger: ['ngày'],
    unit: 'days',
    re: re(String.raw`${B}(?:1|một)\s+lần\s{0,2}\/\s{0,2}${N}\s+ngày${E}`),
    needs: TEST,
    range: [1, 30],
  },
  {
    kind: 'test_interval_days',
    trigger: ['ngày'],
    unit: 'days',
    re: re(String.raw`${B}(?:mỗi|định\s+kỳ|chu\s+kỳ)\s+${N}\s+ngày${E}`),
    needs: TEST,
    range: [1, 30],
  },
];

/** An order to stay in, in the sentence of a curfew's hours. */
const STAY_IN =
  /(?:không|hạn\s+chế|cấm|nghiêm\s+cấm)[^.;\n]{0,40}?(?:ra\s+khỏi\s+(?:nhà|nơi\s+ở)|ra\s+đường|ra\s+ngoài|đi\s+lại|di\s+chuyển|lưu\s+thông)|giới\s+nghiêm/iu;
const HOUR = (p: string) =>
  String.raw`(?<${p}h>\d{1,2})\s{0,2}(?:giờ|h|g)(?:\s{0,2}(?<${p}m>\d{2})(?:\s{0,2}phút)?)?(?![\p{L}\d])(?:\s{1,2}(?<${p}part>sáng|trưa|chiều|tối|đêm))?`;
/** Two hours, neither of them followed by a day (then it is a moment of a period, not a curfew). */
const CURFEW = new RegExp(
  String.raw`${B}(?:từ\s+)?${HOUR('a')}(?!\s{0,2},?\s{0,2}(?:ngày|hôm)?\s{0,2}\d)\s{0,2}(?:đến|tới|-)\s{0,2}${HOUR('b')}(?!\s{0,2},?\s{0,2}(?:ngày\s+|hôm\s+)?\d)(?<next>\s{0,2}(?:sáng\s+)?(?:ngày\s+)?hôm\s+sau)?`,
  'giu',
);

export function readParameters(piece: TextPiece): Parameter[] {
  const found: Parameter[] = [];
  const seen = new Set<string>();
  const push = (kind: ParameterKind, value: number, unit: ParameterUnit, s: TextPiece, index: number, text: string) => {
    const key = `${kind}|${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({
      provenance: 'extracted',
      kind,
      value,
      unit,
      text: text.trim(),
      span: spanIn(s, index, text.trimEnd().length),
    });
  };
  for (const s of sentencesOf(piece)) {
    // Shorter than the shortest form ("cách ly 7 ngày"): nothing to read.
    if (s.text.length < 12) continue;
    const taken: Array<[number, number]> = [];
    const lower = s.text.toLowerCase();
    for (const form of FORMS) {
      if (!form.trigger.some((word) => lower.includes(word))) continue;
      if (form.needs && !form.needs.test(s.text)) continue;
      if (form.refuses?.test(s.text)) continue;
      form.re.lastIndex = 0;
      for (const m of s.text.matchAll(form.re)) {
        const numberAt = m.index + m[0].indexOf(m.groups!['n']!);
        // One number, one meaning: "50% số ghế" is not also a capacity.
        if (taken.some(([a, b]) => a <= numberAt && numberAt < b)) continue;
        const value = numberValue(m.groups!['n']!);
        if (value === null || value < form.range[0] || value > form.range[1]) continue;
        taken.push([numberAt, numberAt + m.groups!['n']!.length]);
        push(form.kind, value, form.unit, s, m.index, m[0]);
      }
    }
    if ((lower.includes('giờ') || /\dh/u.test(lower)) && STAY_IN.test(s.text)) {
      for (const m of s.text.matchAll(CURFEW)) {
        const from = hourValue(m.groups!, 'a');
        const to = hourValue(m.groups!, 'b');
        if (from === null || to === null) continue;
        // A curfew runs overnight or starts in the evening; "từ 6 giờ đến 18 giờ" is opening hours.
        if (!(from > to || m.groups!['next'] || from >= 17)) continue;
        push('curfew_from', from, 'hour', s, m.index, m[0]);
        push('curfew_to', to, 'hour', s, m.index, m[0]);
      }
    }
  }
  return found;
}

function hourValue(g: Record<string, string | undefined>, p: string): number | null {
  let hour = Number(g[`${p}h`]);
  const minute = Number(g[`${p}m`] ?? 0);
  if (hour < 12 && /chiều|tối/.test(g[`${p}part`] ?? '')) hour += 12;
  if (hour > 24 || minute > 59) return null;
  return hour + minute / 60;
}
