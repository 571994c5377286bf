/**
 * What a synthetic directive says about when it applies, what it does to an earlier one and the
 * numbers it sets, written as provinces write them, so that the periods stage reads the generated
 * text for real and the scale benches exercise periods, relations and parameters:
 *   ~60 % state a period ("từ 0 giờ ngày D đến hết ngày E", "trong vòng 14 ngày kể từ …", "cho đến
 *   khi có thông báo mới"), a quarter of those in one district of the province;
 *   ~45 % set numbers (gatherings, distance, capacity, seats, quarantine, testing, curfew);
 *   of those with an earlier directive of the same province (index − 63), ~35 % replace, extend or
 *   lift it: chains of replacements across the corpus.
 * Drawn from a stream of its own (seed, index), so the rest of each directive is what it was.
 */
import type { Province } from '../provinces/types.ts';
import type { DraftClause } from './assemble.ts';
import { Random } from './prng.ts';

export interface InForceDraft {
  clauses: DraftClause[];
  /** A sentence for the closing ("Chỉ thị này thay thế …"), or null. */
  closing: string | null;
}

/** The document an act points at: its kind's name and number ("Chỉ thị số 12/CT-UBND"). */
export interface EarlierDocument {
  name: string;
  number: string;
  date: string;
}

const PERIOD_ORDERS = [
  'Thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg',
  'Áp dụng các biện pháp phòng, chống dịch theo Chỉ thị số 15/CT-TTg',
  'Tạm dừng hoạt động các cơ sở kinh doanh dịch vụ không thiết yếu',
  'Thực hiện giãn cách xã hội theo Chỉ thị số 19/CT-TTg',
];

export function inForceDraft(
  seed: number,
  index: number,
  date: string,
  province: Province,
  earlier: EarlierDocument | null,
): InForceDraft {
  const random = Random.forItem(seed ^ 0x5eed, index);
  const clauses: DraftClause[] = [];
  if (random.chance(0.6))
    clauses.push({ kind: 'numbered', text: periodSentence(random, date, province), children: [] });
  if (random.chance(0.45)) {
    const numbers = random.shuffle(NUMBER_SENTENCES).slice(0, random.int(1, 3));
    clauses.push({
      kind: 'numbered',
      text: 'Các biện pháp cụ thể trên địa bàn tỉnh:',
      children: numbers.map((make) => ({ kind: 'bullet', text: make(random) })),
    });
  }
  let closing: string | null = null;
  if (earlier && random.chance(0.35)) {
    const act = random.int(0, 2);
    const cited = `${earlier.name} số ${earlier.number} ngày ${vnDate(earlier.date)}`;
    if (act === 0) closing = `Văn bản này thay thế ${cited}.`;
    else if (act === 1)
      closing = `Tiếp tục thực hiện ${cited} đến hết ngày ${vnDate(addDays(date, random.int(7, 21)))}.`;
    else closing = `Bãi bỏ ${cited} kể từ ngày văn bản này có hiệu lực.`;
  }
  return { clauses, closing };
}

function periodSentence(random: Random, date: string, province: Province): string {
  const order = random.pick(PERIOD_ORDERS);
  const named = province.districts.filter((d) => !/^\d/.test(d));
  const district = named.length > 0 && random.chance(0.25) ? random.pick(named) : null;
  const where = district ? `trên địa bàn huyện ${district}` : 'trên phạm vi toàn tỉnh';
  const from = addDays(date, random.int(0, 3));
  switch (random.int(0, 2)) {
    case 0:
      return `${order} ${where} từ 0 giờ ngày ${vnDate(from)} đến hết ngày ${vnDate(addDays(from, random.int(6, 20)))}.`;
    case 1:
      return `${order} ${where} trong vòng 14 ngày kể từ 0 giờ ngày ${vnDate(from)}.`;
    default:
      return `${order} ${where} từ 0 giờ ngày ${vnDate(from)} cho đến khi có thông báo mới.`;
  }
}

const NUMBER_SENTENCES: ReadonlyArray<(random: Random) => string> = [
  (r) => `Không tập trung quá ${r.pick([2, 5, 10, 20, 30])} người ngoài phạm vi công sở, trường học, bệnh viện.`,
  (r) => `Giữ khoảng cách tối thiểu ${r.pick([1, 2])} mét khi giao tiếp.`,
  (r) => `Nhà hàng, quán ăn hoạt động không quá ${r.pick([30, 50, 70])}% công suất.`,
  (r) => `Phương tiện vận tải hành khách chở không quá ${r.pick([50, 70])}% số ghế.`,
  (r) => `Người về từ vùng dịch phải cách ly tập trung ${r.pick([7, 14, 21])} ngày.`,
  (r) => `Xét nghiệm SARS-CoV-2 cho người lao động định kỳ ${r.pick([3, 7])} ngày một lần.`,
  () => 'Người dân không ra khỏi nhà từ 18 giờ đến 6 giờ sáng hôm sau, trừ trường hợp cần thiết.',
];

function addDays(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(d).padStart(2, '0')}/${m}/${y}`;
}
