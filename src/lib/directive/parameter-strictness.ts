/**
 * Which way each numeric parameter (schema.ts `ParameterKind`) tightens a rule, so that two values
 * of one kind can be ordered: the search documents keep a clause's strictest value per kind
 * (search/documents.ts), and the comparison says whether a clause is stricter or looser than the
 * central template it applies (compare/against-template.ts).
 *
 * - `lower`: a smaller number restricts more: at most 10 people (max_gathering) is stricter than
 *   at most 30; 50 % capacity than 70 %; a test every 3 days (test_interval_days) than every 7.
 * - `higher`: a larger number restricts more: 21 days of quarantine than 14; 2 m apart than 1 m;
 *   a curfew ending at 6 (curfew_to) than one ending at 5.
 * - curfew_from is `lower` on a clock that runs past midnight: a curfew starting at 18 is stricter
 *   than one starting at 22, and one starting at 0 ("từ 0 giờ") starts after both (hour + 24).
 *
 * Browser-safe.
 */
import type { ParameterKind } from './schema.ts';

export type Tightening = 'lower' | 'higher';

export const TIGHTER_WHEN: Readonly<Record<ParameterKind, Tightening>> = {
  max_gathering: 'lower',
  min_distance: 'higher',
  capacity_pct: 'lower',
  quarantine_days: 'higher',
  test_interval_days: 'lower',
  curfew_from: 'lower',
  curfew_to: 'higher',
  max_passengers_pct: 'lower',
};

/** A curfew that starts before noon starts after the evening ones: 0 giờ is later than 22 giờ. */
const NOON = 12;

/** The value on the scale its kind is ordered by (curfew_from runs past midnight). */
function scaled(kind: ParameterKind, value: number): number {
  return kind === 'curfew_from' && value < NOON ? value + 24 : value;
}

/** How `a` stands against `b` for `kind`: stricter, looser or the same rule. */
export function compareStrictness(kind: ParameterKind, a: number, b: number): 'stricter' | 'looser' | 'same' {
  const x = scaled(kind, a);
  const y = scaled(kind, b);
  if (x === y) return 'same';
  return (TIGHTER_WHEN[kind] === 'lower') === x < y ? 'stricter' : 'looser';
}

/** The strictest of several values of one kind (a clause capping 20 in a room and 10 outside: 10). */
export function strictest(kind: ParameterKind, values: readonly number[]): number | null {
  let best: number | null = null;
  for (const value of values) {
    if (best === null || compareStrictness(kind, value, best) === 'stricter') best = value;
  }
  return best;
}

/** How a reader reads each kind, in the site's language: "Tụ tập tối đa", "Cách ly". */
export const PARAMETER_LABELS: Readonly<Record<ParameterKind, string>> = {
  max_gathering: 'Số người tụ tập tối đa',
  min_distance: 'Khoảng cách tối thiểu',
  capacity_pct: 'Công suất tối đa',
  quarantine_days: 'Số ngày cách ly',
  test_interval_days: 'Xét nghiệm định kỳ (ngày một lần)',
  curfew_from: 'Giờ bắt đầu hạn chế ra đường',
  curfew_to: 'Giờ kết thúc hạn chế ra đường',
  max_passengers_pct: 'Số hành khách tối đa',
};

const UNIT_TEXT: Readonly<Record<string, string>> = { people: 'người', m: 'm', '%': '%', days: 'ngày', hour: 'giờ' };

/** "10 người", "2 m", "50%", "21 ngày", "18 giờ 30". */
export function formatParameterValue(value: number, unit: string): string {
  if (unit === 'hour') {
    const hours = Math.floor(value);
    const minutes = Math.round((value - hours) * 60);
    return minutes > 0 ? `${hours} giờ ${minutes}` : `${hours} giờ`;
  }
  const number = String(value).replace('.', ',');
  return unit === '%' ? `${number}%` : `${number} ${UNIT_TEXT[unit] ?? unit}`;
}
