/**
 * The catalogue of real layouts (shared/real-layouts.md) as functions: each takes a well-formed
 * fixture and returns it wrapped or bent the way real copies arrive, or null when the entry does not
 * apply to that fixture (no type line to drop, no header to flatten). Examples are invented, in the
 * catalogue's shapes; dates and numbers that the wrapping adds are chosen never to equal a fixture's.
 */
import { DOC_TYPE_LABELS } from '../../../src/lib/directive/doc-types.ts';
import { ISSUER_LABELS } from '../../../src/lib/directive/issuers.ts';
import { getProvince } from '../../../src/lib/provinces/index.ts';
import type { DocType, IssuerKind } from '../../../src/lib/directive/schema.ts';

/** The metadata the suite compares: province id, number as printed, kind, ISO date, issuer kind. */
export interface Metadata {
  province: string | null;
  number: string | null;
  docType: string | null;
  date: string | null;
  issuer: string | null;
}

export interface Fixture {
  name: string;
  text: string;
  expected: Metadata;
}

export interface Perturbation {
  id: string;
  apply: (f: Fixture) => { text: string; expected?: Partial<Metadata> } | string | null;
}

/** Where the parts of a fixture's header stand, found by shape. */
interface Layout {
  lines: string[];
  issuer: number[];
  motto: number[];
  number: number;
  place: number;
  title: number;
  /** First line of the body (after the header block). */
  body: number;
}

const TOP = 16;
const MOTTO = /^(?:CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-|ĐẢNG CỘNG SẢN VIỆT NAM$|\*$)/u;
const ISSUER = /^(?:ỦY BAN|UỶ BAN|UBND|TỈNH|ĐẢNG BỘ|BAN CHỈ ĐẠO|BAN THƯỜNG VỤ|\*$)/u;
const TITLE = /^(?:CHỈ THỊ|CÔNG ĐIỆN|KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|CÔNG VĂN)(?!\p{L})/u;
const PLACE = /^[^,\d]{2,40}, ngày \d/u;

export function layoutOf(text: string): Layout {
  const lines = text.split('\n');
  const top = lines.slice(0, TOP);
  const find = (re: RegExp) => top.findIndex((l) => re.test(l.trim()));
  const number = find(/^Số\s*:?\s*\d/u);
  const place = find(PLACE);
  const title = find(TITLE);
  const motto = top.flatMap((l, i) => (MOTTO.test(l.trim()) && l.trim() !== '*' ? [i] : []));
  const firstOther = [number, place, title, ...motto].filter((i) => i >= 0);
  const stop = firstOther.length > 0 ? Math.min(...firstOther) : 0;
  const issuer = top.slice(0, stop).flatMap((l, i) => (ISSUER.test(l.trim()) ? [i] : []));
  const blank = lines.findIndex((l, i) => i > Math.max(number, place, title) && l.trim() === '');
  return { lines, issuer, motto, number, place, title, body: blank < 0 ? 0 : blank + 1 };
}

const hasHeader = (l: Layout) => l.number >= 0 && l.place >= 0;

function replaceLines(text: string, edit: (l: Layout) => string[] | null): string | null {
  const l = layoutOf(text);
  const out = edit(l);
  return out ? out.join('\n') : null;
}

function withoutLines(text: string, drop: (l: Layout) => number[]): string | null {
  return replaceLines(text, (l) => {
    const gone = new Set(drop(l).filter((i) => i >= 0));
    return gone.size === 0 ? null : l.lines.filter((_, i) => !gone.has(i));
  });
}

function bodyOnly(f: Fixture, edit: (line: string) => string): string | null {
  const l = layoutOf(f.text);
  if (!hasHeader(l)) return null;
  return l.lines.map((line, i) => (i >= l.body ? edit(line) : line)).join('\n');
}

/** "2021-05-03" → "3/5/2021" (the lead's form). */
const dmy = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
};

interface LeadOptions {
  year?: boolean;
  issuer?: IssuerKind;
  prefix?: string;
  /** How the sentence opens: the date first (default), a time of day, or the date after the number. */
  form?: 'date-first' | 'time-of-day' | 'date-after-number' | 'dateline';
}

function leadSentence(e: Metadata, opts: LeadOptions = {}): string | null {
  if (!e.date || !e.number || !e.docType || !e.issuer || !e.province) return null;
  const province = getProvince(e.province)?.name;
  if (!province) return null;
  const issuer = ISSUER_LABELS[(opts.issuer ?? e.issuer) as IssuerKind];
  const kind = DOC_TYPE_LABELS[e.docType as DocType];
  const day = opts.year === false ? dmy(e.date).replace(/\/\d{4}$/, '') : dmy(e.date);
  const rest = `${kind} ${opts.prefix ?? 'số '}${e.number}`;
  const about = 'về việc tăng cường các biện pháp phòng, chống dịch COVID-19 trên địa bàn.';
  if (opts.form === 'date-after-number') return `${issuer} ${province} vừa ký ban hành ${rest} ngày ${day} ${about}`;
  if (opts.form === 'time-of-day') return `Sáng ${day}, ${issuer} ${province} đã ban hành ${rest} ${about}`;
  if (opts.form === 'dateline')
    return `(Cổng TTĐT tỉnh) - Ngày ${day}, ${issuer} ${province} ban hành ${rest} ${about}`;
  const opening = opts.year === false ? `Tối ${day}` : `Ngày ${day}`;
  return `${opening}, ${issuer} ${province} ban hành ${rest} ${about}`;
}

/** The header replaced by a portal's headline and lead; the body follows (or not). */
function asRelay(f: Fixture, lead: string | null, after: 'body' | 'pointer'): string | null {
  const l = layoutOf(f.text);
  if (!lead || !hasHeader(l)) return null;
  const body =
    after === 'body'
      ? ['Nội dung văn bản như sau:', '', ...l.lines.slice(l.body)]
      : ['Xem chi tiết tại đây', 'Tập tin đính kèm'];
  return ['Tăng cường phòng, chống dịch COVID-19 trên địa bàn tỉnh', '', lead, '', ...body].join('\n');
}

const B1 = [
  '- 1Chỉ thị 16/CT-TTg năm 2021 về việc làm bền vững do Thủ tướng Chính phủ ban hành',
  '- 2 Nghị quyết 99/NQ-CP năm 2021 về phòng, chống dịch COVID-19 do Chính phủ ban hành',
  '- 3Công văn 1234/UBND-VX năm 2020 về cách ly y tế do tỉnh Hà Giang ban hành',
  '- 4Quyết định 2090/QĐ-UBND năm 2022 về giãn cách xã hội do thành phố Cần Thơ ban hành',
].join('\n');

function metadataBlock(e: Metadata, wrong = false): string {
  const english = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    return `${months[m! - 1]} ${d}, ${y}`;
  };
  return [
    `Số hiệu:${wrong ? '999/CT-UBND' : (e.number ?? 'Đang cập nhật')}`,
    'Loại văn bản: Văn bản khác',
    'Nơi ban hành: Đang cập nhật',
    'Người ký: Đang cập nhật',
    `Ngày ban hành: ${wrong ? 'March 3, 2019' : e.date ? english(e.date) : 'Đang cập nhật'}`,
    'Ngày hiệu lực: Đang cập nhật',
    'Tình trạng: Đã biết',
  ].join('\n');
}

const prepend = (block: string) => (f: Fixture) => `${block}\n\n${f.text}`;
const append = (block: string) => (f: Fixture) => `${f.text}\n\n${block}`;

/** Pipe-flattened two-column header (H1): issuer cell | motto cell |, number | place-date |. */
function flattenHeader(f: Fixture, markdown = false): string | null {
  return replaceLines(f.text, (l) => {
    if (!hasHeader(l) || l.issuer.length === 0 || l.motto.length === 0) return null;
    const keptIssuer = l.issuer
      .map((i) => l.lines[i]!.trim())
      .filter((t) => !/^(?:TỈNH (?!ỦY)|ĐẢNG BỘ|UBND TỈNH|\*$)/u.test(t));
    const row = (a: string, b: string) => (markdown ? `| ${a} | ${b} |` : `${a} | ${b} |`);
    const first = row(keptIssuer[0] ?? l.lines[l.issuer[0]!]!.trim(), l.lines[l.motto[0]!]!.trim());
    const second = row(l.lines[l.number]!.trim(), l.lines[l.place]!.trim());
    const used = new Set([...l.issuer, ...l.motto, l.number, l.place]);
    const start = Math.min(...used);
    const from = Math.max(...used) + 1;
    const between = l.lines.slice(start, from).filter((_, i) => !used.has(start + i));
    return [...l.lines.slice(0, start), first, second, ...between, ...l.lines.slice(from)];
  });
}

/** Columns as separate lines with rules and a line of spaces (H3). */
function columnsWithRules(f: Fixture): string | null {
  return replaceLines(f.text, (l) => {
    if (!hasHeader(l) || l.issuer.length === 0 || l.motto.length === 0) return null;
    const out: string[] = [];
    l.lines.forEach((line, i) => {
      if (i === l.title) out.push('   ');
      out.push(line);
      if (i === l.issuer.at(-1)) out.push('-------');
      if (i === l.motto.at(-1)) out.push('---------------');
    });
    return out;
  });
}

/** An OCR'd scan (H4): page markers, the two columns interleaved on one line, a spaced number. */
function ocrInterleaved(f: Fixture, breakNumber = false): string | null {
  return replaceLines(f.text, (l) => {
    if (!hasHeader(l) || l.issuer.length === 0 || l.motto.length === 0) return null;
    const pairs = Math.min(l.issuer.length, l.motto.length);
    const out: string[] = ['# Page 0'];
    const merged = new Set<number>();
    for (let k = 0; k < pairs; k++) {
      out.push(`${l.lines[l.issuer[k]!]!.trim()}      ${l.lines[l.motto[k]!]!.trim()}`);
      merged.add(l.issuer[k]!).add(l.motto[k]!);
    }
    const middle = l.body + Math.floor((l.lines.length - l.body) / 2);
    l.lines.forEach((line, i) => {
      if (merged.has(i)) return;
      if (i === middle) out.push('', '# Page 1', '');
      if (i === l.number) {
        const spaced = line.replace(/(\d)([/-])/u, '$1 $2');
        out.push(...(breakNumber ? spaced.replace(/([/-])(\p{Lu}+)$/u, '$1\n$2').split('\n') : [spaced]));
      } else out.push(line);
    });
    return out;
  });
}

const TONES: ReadonlyArray<[RegExp, string]> = [
  [/òa/g, 'oà'],
  [/ÒA/g, 'OÀ'],
  [/óa/g, 'oá'],
  [/ÓA/g, 'OÁ'],
  [/ủy/g, 'uỷ'],
  [/Ủy/g, 'Uỷ'],
  [/ỦY/g, 'UỶ'],
  [/COVID-19/g, 'COVID- 19'],
  [/Covid-19/g, 'Covid -19'],
];

export const PERTURBATIONS: Perturbation[] = [
  { id: 'B1 related-documents list', apply: prepend(B1) },
  { id: 'B2 metadata block', apply: (f) => `${metadataBlock(f.expected)}\n\n${f.text}` },
  {
    id: 'B2 metadata block, wrong values',
    apply: (f) => (f.expected.number && f.expected.date ? `${metadataBlock(f.expected, true)}\n\n${f.text}` : null),
  },
  {
    id: 'B3 login banner',
    apply: prepend(
      'Để sử dụng toàn bộ tiện ích nâng cao của Văn bản pháp luật, vui lòng đăng ký gói cước.\nVui lòng ĐĂNG NHẬP để tiếp tục.',
    ),
  },
  {
    id: 'B4 portal dates',
    apply: prepend(
      'Thứ sáu, Ngày 17/06/2022 -\nNgày đăng: 17/06/2022  09:12\nCập nhật ngày: 18/06/2022 10:03:51\n(08:45 | 17/06/2022)\nPublish date 17/06/2022 | 08:45\n17/06/2022 8:45:10 SA',
    ),
  },
  {
    id: 'B5 widgets',
    apply: prepend(
      'Mặc định Cỡ chữ\nXem cỡ chữ:\nĐọc bài viết:\nSkip Ribbon Commands\nXuất bản thông tin\nnull\nYour browser does not support the audio element.',
    ),
  },
  { id: 'B6 headline and dateline', apply: prepend('UBND Tỉnh Yêu Cầu Tạm Dừng Hoạt Động Karaoke\n(BTN) -') },
  { id: 'H1 pipe cells, trailing |', apply: (f) => flattenHeader(f) },
  { id: 'H1 markdown table row', apply: (f) => flattenHeader(f, true) },
  {
    id: 'H1 subject in the number cell',
    apply: (f) => {
      const l = layoutOf(f.text);
      const subject = l.lines.findIndex((t, i) => i > l.number && i < l.body && /^V\/v\s/u.test(t.trim()));
      if (subject < 0 || l.place < 0) return null;
      const lines = l.lines.map((t, i) => (i === l.number ? `${t.trim()} ${l.lines[subject]!.trim()}` : t));
      return flattenHeader({ ...f, text: lines.filter((_, i) => i !== subject).join('\n') });
    },
  },
  {
    id: 'H2 no type line',
    apply: (f) => withoutLines(f.text, (l) => (hasHeader(l) ? [l.title] : [])),
  },
  { id: 'H3 columns with rules', apply: columnsWithRules },
  { id: 'H4 OCR interleaved', apply: (f) => ocrInterleaved(f) },
  { id: 'H4 OCR, number broken', apply: (f) => ocrInterleaved(f, true) },
  {
    id: 'H5 no number, no date line',
    apply: (f) => withoutLines(f.text, (l) => (hasHeader(l) ? [l.number, l.place] : [])),
  },
  {
    id: 'H6 no party motto',
    apply: (f) =>
      withoutLines(f.text, (l) =>
        l.lines.flatMap((t, i) => (/^(?:ĐẢNG CỘNG SẢN VIỆT NAM|\*)$/u.test(t.trim()) ? [i] : [])),
      ),
  },
  {
    id: 'H6 no Đảng bộ line',
    apply: (f) => withoutLines(f.text, (l) => l.issuer.filter((i) => l.lines[i]!.trim().startsWith('ĐẢNG BỘ'))),
  },
  { id: 'L1 lead, then the body', apply: (f) => asRelay(f, leadSentence(f.expected), 'body') },
  {
    id: 'L1 lead, date after the number',
    apply: (f) => asRelay(f, leadSentence(f.expected, { form: 'date-after-number' }), 'body'),
  },
  { id: 'L1 lead, time of day', apply: (f) => asRelay(f, leadSentence(f.expected, { form: 'time-of-day' }), 'body') },
  {
    id: 'L1 lead after a dateline (B6)',
    apply: (f) => asRelay(f, leadSentence(f.expected, { form: 'dateline' }), 'pointer'),
  },
  { id: 'L3 lead only, pointer to attachment', apply: (f) => asRelay(f, leadSentence(f.expected), 'pointer') },
  {
    id: 'L2 lead names the UBND loosely',
    apply: (f) =>
      f.expected.issuer === 'chu-tich-ubnd-tinh'
        ? asRelay(f, leadSentence(f.expected, { issuer: 'ubnd-tinh' }), 'body')
        : null,
  },
  {
    id: 'L4 lead without a year',
    apply: (f) => {
      const text = asRelay(f, leadSentence(f.expected, { year: false }), 'body');
      return text ? { text, expected: { date: null } } : null;
    },
  },
  {
    id: 'L5 alt text repeated',
    apply: (f) => {
      const n = f.expected.number?.match(/^\d+/)?.[0];
      return n ? prepend(Array.from({ length: 4 }, () => `Cong van ${n} cua UBND tinh`).join('\n'))(f) : null;
    },
  },
  {
    id: 'N1 spaces in the number',
    apply: (f) =>
      replaceLines(f.text, (l) =>
        l.number < 0
          ? null
          : l.lines.map((t, i) => (i === l.number ? t.replace(/(\d)([/-])(\p{Lu}+)([/-])/u, '$1 $2$3$4 ') : t)),
      ),
  },
  {
    id: 'N2 suffix',
    apply: (f) => {
      const text = replaceLines(f.text, (l) =>
        l.number < 0 ? null : l.lines.map((t, i) => (i === l.number ? `${t.trimEnd()}-HC` : t)),
      );
      return text && f.expected.number ? { text, expected: { number: `${f.expected.number}-HC` } } : null;
    },
  },
  {
    id: 'N3 glued prefix in a lead',
    apply: (f) =>
      f.expected.docType === 'cong-van' ? asRelay(f, leadSentence(f.expected, { prefix: 'CV ' }), 'body') : null,
  },
  ...(
    [
      ['N6 date as 03/05/2021', (d: number, m: number, y: number) => `ngày ${pad(d)}/${pad(m)}/${y}`],
      ['N6 date as 3-5-2021', (d: number, m: number, y: number) => `ngày ${d}-${m}-${y}`],
      ['N6 date as 3.5.2021', (d: number, m: number, y: number) => `ngày ${d}.${m}.${y}`],
    ] as const
  ).map(
    ([id, form]): Perturbation => ({
      id,
      apply: (f) =>
        replaceLines(f.text, (l) =>
          l.place < 0
            ? null
            : l.lines.map((t, i) =>
                i === l.place
                  ? t.replace(/ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u, (_m, d, m, y) =>
                      form(Number(d), Number(m), Number(y)),
                    )
                  : t,
              ),
        ),
    }),
  ),
  {
    id: 'T3 news tail',
    apply: append(
      'Tin liên quan\nUBND tỉnh ban hành Chỉ thị số 99/CT-UBND ngày 2/2/2023 về phòng, chống dịch\nLượt xem: 283\nGửi bình luận của bạn\nThống kê: 176.825',
    ),
  },
  {
    id: 'T4 source footer',
    apply: (f) =>
      f.expected.number && f.expected.date && f.expected.docType
        ? append(
            `Nguồn: ${DOC_TYPE_LABELS[f.expected.docType as DocType]} số ${f.expected.number} ngày ${dmy(f.expected.date)}\nTheo Cổng TTĐT tỉnh`,
          )(f)
        : null,
  },
  { id: 'T5 signature debris', apply: append(',\n.\n   \n,\n .') },
  {
    id: 'X1 tone placement, COVID- 19',
    apply: (f) => TONES.reduce((t, [re, to]) => t.replace(re, to), f.text),
  },
  {
    id: 'X2 dropped letters, glued words',
    apply: (f) =>
      bodyOnly(f, (line) =>
        line
          .replace(/đối với/g, 'đi vi')
          .replace(/gồm/g, 'gm')
          .replace(/(\/CT-TTg) của/g, '$1của')
          .replace(/tỉnh yêu cầu/g, 'tỉnhyêu cầu'),
      ),
  },
  {
    id: 'X3 whitespace, NBSP',
    apply: (f) =>
      f.text
        .split('\n')
        .map((line, i) =>
          i % 3 === 0
            ? line.replace(/ /g, '\u00a0')
            : i % 3 === 1
              ? `  ${line.replace(/ /g, '  ')}   `
              : `${line}\n    `,
        )
        .join('\n'),
  },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Compose perturbations: each applies to the previous one's output; null if any does not apply. */
export function compose(...ids: string[]): Perturbation {
  const steps = ids.map((id) => {
    const p = PERTURBATIONS.find((q) => q.id.startsWith(id));
    if (!p) throw new Error(`no perturbation ${id}`);
    return p;
  });
  return {
    id: ids.join(' + '),
    apply: (f) => {
      let current = f;
      for (const step of steps) {
        const out = step.apply(current);
        if (out === null) return null;
        current =
          typeof out === 'string'
            ? { ...current, text: out }
            : { ...current, text: out.text, expected: { ...current.expected, ...out.expected } };
      }
      return { text: current.text, expected: current.expected };
    },
  };
}
