/**
 * Hiệu lực: the period a sentence states for its orders. Forms, with what each gives:
 *
 *   "từ 0 giờ ngày 02/8/2021 đến hết ngày 15/8/2021"   from 2021-08-02T00:00, to 2021-08-15
 *   "từ 00 giờ 00 phút, ngày 16 tháng 8 năm 2021"     from 2021-08-16T00:00
 *   "trong vòng 14 ngày kể từ 0 giờ ngày 2/8/2021"    to 2021-08-15, inferred: the 14th day is the last
 *   "cho đến khi có thông báo mới" (tiếp theo, văn bản thay thế) untilFurtherNotice
 *   "có hiệu lực kể từ ngày ký (ban hành)"             from = the date of issue, inferred
 *   "đến ngày 15/8/2021" (no "hết", no hour)           to 2021-08-15, with a `period-ambiguous` warning:
 *                                                       the last day, or the day it stops?
 *   "từ 0 giờ ngày 14/7" (no year)                    the year of the date beside it, else of the
 *                                                       date of issue, inferred
 * What is NOT a period in force, though it has the shape of one:
 *   a report of the situation: "từ ngày 27/4/2021 đến ngày 22/7/2021 đã ghi nhận 67 ca" (ghi nhận,
 *   ca, đã, đến nay, tính đến …); who is meant: "người về từ …, có mặt tại … từ ngày …"; a target
 *   or a deadline: "hoàn thành tiêm chủng … đến hết ngày 31/12"; a day with no order beside it.
 * Precision first: a sentence in doubt gives no period, and the clause stays open or unknown.
 */
import type { Field, InForce, IsoDate, ParseWarning } from '../directive/schema.ts';
import {
  addDays,
  datePattern,
  hourPattern,
  isoMoment,
  momentFrom,
  momentPattern,
  type PrintedMoment,
} from './moments.ts';
import { NUMBER_PATTERN, numberValue } from './numbers-in-words.ts';
import { scopeOf } from './scope.ts';
import { sentencesOf, spanIn, type TextPiece } from './units.ts';

export interface PeriodContext {
  /** Ngày ban hành, for "kể từ ngày ký" and for a day printed without its year. */
  issueDate: IsoDate | null;
  provinceId: string | null;
}

export interface StatedPeriod {
  inForce: InForce;
  /** Said of the whole document: "Chỉ thị này có hiệu lực …". */
  validity: boolean;
  warnings: ParseWarning[];
}

const B = String.raw`(?<![\p{L}\p{M}])`;
const E = String.raw`(?![\p{L}\p{M}])`;
const FROM = new RegExp(String.raw`${B}(?:kể\s{1,3})?từ\s{1,3}(?:sau\s{1,3})?${momentPattern('f')}`, 'iu');
const TO = new RegExp(
  String.raw`${B}(?:cho\s{1,3})?(?:đến|tới)\s{1,3}(?<hết>hết\s{1,3})?(?:${hourPattern('t')}\s{0,2},?\s{0,2})?(?:(?:ngày|hôm)\s{1,4})?${datePattern('t')}`,
  'iu',
);
const DURATION = new RegExp(
  String.raw`${B}trong\s{1,3}(?:vòng\s{1,3}|thời\s{1,3}gian\s{1,3}|thời\s{1,3}hạn\s{1,3})?(?<n>${NUMBER_PATTERN})\s{1,3}ngày${E}`,
  'iu',
);
const UNTIL_NOTICE = new RegExp(
  String.raw`${B}(?:cho\s{1,3})?(?:đến|tới)\s{1,3}khi\s{1,3}có\s{1,3}(?:thông\s{1,3}báo|văn\s{1,3}bản|chỉ\s{1,3}đạo|quyết\s{1,3}định|hướng\s{1,3}dẫn)(?:\s{1,3}[\p{L}\p{M}]+){0,3}?\s{1,3}(?:mới|khác|tiếp\s{1,3}theo|thay\s{1,3}thế)${E}`,
  'iu',
);
const FROM_SIGNING = new RegExp(
  String.raw`${B}(?:kể\s{1,3})?từ\s{1,3}(?:ngày\s{1,3})?(?:ký|kí)(?:\s{1,3}ban\s{1,3}hành)?${E}|${B}(?:kể\s{1,3})?từ\s{1,3}ngày\s{1,3}ban\s{1,3}hành${E}`,
  'iu',
);
const VALIDITY = /có\s+hiệu\s+lực|hiệu\s+lực\s+thi\s+hành/iu;
/** A sentence that reports, or names whom an order concerns by where they were, states no period. */
const REPORT = new RegExp(
  String.raw`${B}(?:ghi\s+nhận|phát\s+hiện|ca|ca\s+bệnh|dương\s+tính|tử\s+vong|lũy\s+kế|luỹ\s+kế|tính\s+đến|đến\s+nay|vừa\s+qua|thời\s+gian\s+qua|đã|có\s+mặt|tiếp\s+xúc|đi\s+qua|lưu\s+trú|từng\s+đến|về\s+từ|đến\s+từ|đi\s+từ|F0)${E}`,
  'iu',
);
/** An order beside a day without an hour: the day is when something applies, not any day. */
const ORDER = new RegExp(
  String.raw`${B}(?:thực\s+hiện|áp\s+dụng|giãn\s+cách|cách\s+ly|kéo\s+dài|gia\s+hạn|duy\s+trì|tạm\s+dừng|tạm\s+ngừng|dừng|ngừng|đóng\s+cửa|phong\s+tỏa|phong\s+toả|hiệu\s+lực|hạn\s+chế|không\s+tổ\s+chức|nghỉ\s+học|cho\s+phép|mở\s+cửa|mở\s+lại|hoạt\s+động\s+trở\s+lại|đi\s+học|không\s+được|nghiêm\s+cấm|cấm|kích\s+hoạt|thiết\s+lập)${E}`,
  'iu',
);
/** An end without a start that is a target or a deadline, not the end of a period in force. */
const DEADLINE = new RegExp(
  String.raw`${B}(?:hoàn\s+thành|báo\s+cáo|xong|trước\s+ngày|tiêm|đạt|tỷ\s+lệ|tỉ\s+lệ|chậm\s+nhất)${E}`,
  'iu',
);

/** The first period stated in `piece`, sentence by sentence; null when none is. */
export function periodIn(piece: TextPiece, ctx: PeriodContext): StatedPeriod | null {
  for (const sentence of sentencesOf(piece)) {
    const period = periodOfSentence(sentence, ctx);
    if (period) return period;
  }
  return null;
}

function periodOfSentence(s: TextPiece, ctx: PeriodContext): StatedPeriod | null {
  const text = s.text;
  const from = FROM.exec(text);
  const signing = FROM_SIGNING.exec(text);
  const to = from ? execFrom(TO, text, from.index + from[0].length) : TO.exec(text);
  const notice = UNTIL_NOTICE.exec(text);
  if (!from && !signing && !to && !notice) return null;
  const validity = VALIDITY.test(text);
  if (!validity && REPORT.test(text)) return null;
  const fromMoment = from ? momentFrom(from.groups!, 'f') : null;
  if (from && fromMoment?.hour === null && !validity && !ORDER.test(text)) return null;
  if (!from && !signing && to && (!ORDER.test(text) || DEADLINE.test(text))) return null;

  const warnings: ParseWarning[] = [];
  const years = [fromMoment?.year, to ? momentFrom(to.groups!, 't')?.year : null].filter((y): y is number => !!y);
  const fromField =
    from && fromMoment
      ? momentField(fromMoment, s, from, years, ctx, 'starts')
      : signing && ctx.issueDate
        ? {
            provenance: 'inferred' as const,
            value: ctx.issueDate,
            evidence: [
              {
                text: signing[0],
                note: `in force from the day it was signed: the date of issue, ${ctx.issueDate}`,
                span: spanIn(s, signing.index, signing[0].length),
              },
            ],
          }
        : null;
  let toField: Field<string> | null = null;
  if (to) {
    const toMoment = momentFrom(to.groups!, 't');
    if (toMoment) {
      const whole =
        to.groups!['hết'] !== undefined || toMoment.hour === 24 || (toMoment.hour === 23 && toMoment.minute === 59);
      toField = momentField({ ...toMoment, hour: whole ? null : toMoment.hour }, s, to, years, ctx, 'ends');
      if (toField && !whole && toMoment.hour === null) {
        warnings.push({
          code: 'period-ambiguous',
          message: `“${to[0].trim()}” is read as the last day in force (${toField.value}); it may be the day the period ends`,
          line: spanIn(s, to.index, 0).line,
        });
      }
    }
  } else if (fromField && fromMoment) {
    toField = durationEnd(s, fromField.value, fromMoment);
  }
  if (toField && fromField && toField.value.slice(0, 10) < fromField.value.slice(0, 10)) return null;
  const untilFurtherNotice: Field<boolean> | null = notice
    ? { provenance: 'extracted', value: true, span: spanIn(s, notice.index, notice[0].length) }
    : null;
  if (!fromField && !toField && !untilFurtherNotice) return null;
  return {
    inForce: { from: fromField, to: toField, untilFurtherNotice, scope: scopeOf(s, ctx.provinceId) },
    validity,
    warnings,
  };
}

/** "trong vòng 14 ngày" with a start: the 14th day is the last one (a start at an hour past 0 ends at it). */
function durationEnd(s: TextPiece, from: string, start: PrintedMoment): Field<string> | null {
  const m = DURATION.exec(s.text);
  const n = m ? numberValue(m.groups!['n']!) : null;
  if (!m || !n || n > 90 || !Number.isInteger(n)) return null;
  const day = from.slice(0, 10);
  const value =
    start.hour === null || (start.hour === 0 && start.minute === 0)
      ? addDays(day, n - 1)
      : `${addDays(day, n)}${from.slice(10)}`;
  return {
    provenance: 'inferred',
    value,
    evidence: [
      {
        text: m[0],
        note: `${n} days from ${from}: the last day in force is ${value}`,
        span: spanIn(s, m.index, m[0].length),
      },
    ],
  };
}

function momentField(
  m: PrintedMoment,
  s: TextPiece,
  match: RegExpExecArray,
  years: readonly number[],
  ctx: PeriodContext,
  role: 'starts' | 'ends',
): Field<string> | null {
  const span = spanIn(s, match.index, match[0].trimEnd().length);
  if (m.year !== null) {
    const value = isoMoment(m, m.year);
    return value ? { provenance: 'extracted', value, span } : null;
  }
  const beside = years[0];
  const issued = ctx.issueDate ? Number(ctx.issueDate.slice(0, 4)) : null;
  const issuedMonth = ctx.issueDate ? Number(ctx.issueDate.slice(5, 7)) : null;
  // A December text that starts a period "ngày 2/1" means the coming January.
  const year = beside ?? (issued === null ? null : issuedMonth === 12 && m.month <= 2 ? issued + 1 : issued);
  if (year === null) return null;
  const value = isoMoment(m, year);
  if (!value) return null;
  const why = beside !== undefined ? 'the year printed beside it' : `the year of the date of issue (${ctx.issueDate})`;
  return {
    provenance: 'inferred',
    value,
    evidence: [{ text: match[0].trim(), note: `the day the period ${role} is printed without its year: ${why}`, span }],
  };
}

/**
 * The end a phrase states right after a reference it extends ("tiếp tục thực hiện Quyết định số
 * 1903/QĐ-UBND … đến hết ngày 25/8/2021"): the first "đến (hết) ngày D" of `text`, or null.
 */
export function endStatedIn(text: string, ctx: PeriodContext): string | null {
  const to = TO.exec(text);
  const m = to ? momentFrom(to.groups!, 't') : null;
  if (!to || !m) return null;
  const whole = to.groups!['hết'] !== undefined || m.hour === 24 || (m.hour === 23 && m.minute === 59);
  const piece = { text, offset: 0, line: 1 };
  return momentField({ ...m, hour: whole ? null : m.hour }, piece, to, [], ctx, 'ends')?.value ?? null;
}

function execFrom(re: RegExp, text: string, at: number): RegExpExecArray | null {
  const m = re.exec(text.slice(at));
  if (!m) return null;
  m.index += at;
  return m;
}
