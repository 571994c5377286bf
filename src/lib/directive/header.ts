/**
 * Reads the header's fields, each with the span of the line it came from. The header is given as
 * cells (see zones.ts); which column a cell came from does not matter, its shape does.
 */
import type { Line } from './lines.ts';
import type { DocType, IsoDate, IssuerKind, SourceSpan, Urgency } from './schema.ts';
import {
  DISPATCH_LINE,
  ISSUER_HEADER_LINE,
  NUMBER_LINE,
  PLACE_DATE_LINE,
  RECIPIENTS_LINE,
  SUBJECT_LINE,
  TITLE_LINE,
  URGENCY_LINE,
  endsOpen,
  isAllCaps,
} from './header-lines.ts';
import { isRule } from './lines.ts';
import { parseDocCode, type DocCode } from './doc-code.ts';
import { findDate } from './dates.ts';
import { docTypeFromName } from './doc-types.ts';
import { findIssuerName, issuerFromName } from './issuers.ts';

export interface Found<T> {
  value: T;
  span: SourceSpan;
}

export interface HeaderFields {
  number: Found<DocCode> | null;
  place: Found<string> | null;
  date: Found<IsoDate> | null;
  docType: Found<DocType> | null;
  /** An issuer named by the title ("KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY") or the left column. */
  issuer: Found<IssuerKind> | null;
  /** The left column's body, e.g. "TỈNH ỦY NGHỆ AN", which may name the province. */
  issuerLine: Found<string> | null;
  subject: Found<string> | null;
  /** How the subject was introduced: "V/v" marks a letter (công văn). */
  subjectPrefix: string | null;
  urgency: Found<Urgency> | null;
  recipients: Found<string[]> | null;
}

export function spanOfLines(first: Line, last: Line = first): SourceSpan {
  return { start: first.start + (first.raw.length - first.raw.trimStart().length), end: last.end, line: first.lineNo };
}

const URGENCY: Record<string, Urgency> = {
  KHẨN: 'khan',
  'THƯỢNG KHẨN': 'thuong-khan',
  'HỎA TỐC': 'hoa-toc',
  'HOẢ TỐC': 'hoa-toc',
};

export function readHeader(header: Line[]): HeaderFields {
  const fields: HeaderFields = {
    number: null,
    place: null,
    date: null,
    docType: null,
    issuer: null,
    issuerLine: null,
    subject: null,
    subjectPrefix: null,
    urgency: null,
    recipients: null,
  };
  for (let i = 0; i < header.length; i++) {
    const line = header[i]!;
    const text = line.text;
    let m: RegExpExecArray | null;
    if (!fields.number && (m = NUMBER_LINE.exec(text))) {
      // An OCR'd scan may break the number after a separator: "Số: 77/SYT-" then "NVY" (H4).
      const next = header[i + 1];
      const broken = /[-/]$/.test(m[1] ?? '') && next && /^[A-ZĐ][A-Za-zĐđ0-9]{0,11}$/u.test(next.text);
      const code = parseDocCode(broken ? `${m[1]}${next.text}` : (m[1] ?? ''));
      if (code) fields.number = { value: code, span: spanOfLines(line, broken ? next : line) };
      if (code && broken) i += 1;
      if (m[2] && !fields.subject) {
        fields.subject = { value: m[2].trim(), span: spanOfLines(line) };
        fields.subjectPrefix = 'V/v';
      }
    } else if (!fields.date && (m = PLACE_DATE_LINE.exec(text))) {
      const found = findDate(m[2]!);
      if (found) {
        fields.date = { value: found.date, span: spanOfLines(line) };
        fields.place = { value: m[1]!.trim(), span: spanOfLines(line) };
      }
    } else if (!fields.urgency && (m = URGENCY_LINE.exec(text))) {
      fields.urgency = { value: URGENCY[m[1]!] ?? 'khan', span: spanOfLines(line) };
    } else if (!fields.docType && isAllCaps(text) && (m = TITLE_LINE.exec(text))) {
      i = readTitle(header, i, m, fields);
    } else if (!fields.subject && (m = SUBJECT_LINE.exec(text))) {
      const run = runOn(header, i, m[1]!);
      fields.subject = { value: run.text, span: spanOfLines(line, run.last) };
      fields.subjectPrefix = text.slice(0, text.length - m[1]!.length).trim();
      i = run.lastIndex;
    } else if (!fields.recipients && (m = RECIPIENTS_LINE.exec(text))) {
      i = readRecipients(header, i, m[1] ?? '', fields);
    } else if (!fields.recipients && (m = DISPATCH_LINE.exec(text))) {
      const sender = findIssuerName(m[1]!);
      if (sender) fields.issuer = { value: sender.kind, span: spanOfLines(line) };
      i = readRecipients(header, i, m[2] ?? '', fields);
    } else if (ISSUER_HEADER_LINE.test(text) && isAllCaps(text)) {
      // The left column ("ỦY BAN NHÂN DÂN TỈNH THANH HÓA"), or a decision's authority line
      // ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA"), which is more specific and wins.
      if (!fields.issuerLine) fields.issuerLine = { value: text, span: spanOfLines(line) };
      const kind = issuerFromName(text);
      if (kind && (!fields.issuer || kind === 'chu-tich-ubnd-tinh'))
        fields.issuer = { value: kind, span: spanOfLines(line) };
    }
  }
  return fields;
}

/**
 * "THÔNG BÁO" / "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về tiếp tục … Covid-19" / "trong tình hình mới"
 * (Hải Dương); "CHỈ THỊ" / "VỀ TĂNG CƯỜNG CÁC BIỆN PHÁP …" (Sơn La).
 */
function readTitle(header: Line[], i: number, m: RegExpExecArray, fields: HeaderFields): number {
  const line = header[i]!;
  let name = m[1]!;
  let last = line;
  let rest = m[2]!.trim();
  // The title runs on in capitals: "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY", "CỦA BAN THƯỜNG VỤ TỈNH ỦY".
  while (header[i + 1] && isAllCaps(header[i + 1]!.text) && /^(?:KẾT LUẬN|CỦA)(?!\p{L})/u.test(header[i + 1]!.text)) {
    const next = header[i + 1]!.text;
    if (name === 'THÔNG BÁO' && next.startsWith('KẾT LUẬN')) name = 'THÔNG BÁO KẾT LUẬN';
    rest = `${rest} ${next.replace(/^KẾT LUẬN/u, '')}`.trim();
    last = header[i + 1]!;
    i += 1;
  }
  const type = docTypeFromName(name);
  if (type) fields.docType = { value: type, span: spanOfLines(line, last) };
  const issuer = findIssuerName(rest);
  if (issuer) fields.issuer = { value: issuer.kind, span: spanOfLines(last) };
  // "CHỈ THỊ VỀ …" on one line, or the subject on the lines below.
  const inline = SUBJECT_LINE.exec(rest);
  const below = header[i + 1] ? SUBJECT_LINE.exec(header[i + 1]!.text) : null;
  if (!fields.subject && inline) {
    fields.subject = { value: inline[1]!, span: spanOfLines(last) };
  } else if (!fields.subject && below) {
    const run = runOn(header, i + 1, below[1]!);
    fields.subject = { value: run.text, span: spanOfLines(header[i + 1]!, run.last) };
    return run.lastIndex;
  }
  return i;
}

/** A subject runs on over the following short lines until a line of another kind. */
function runOn(header: Line[], i: number, first: string): { text: string; last: Line; lastIndex: number } {
  let text = first;
  let j = i;
  while (j + 1 < header.length) {
    const next = header[j + 1]!.text;
    const anotherKind =
      [NUMBER_LINE, PLACE_DATE_LINE, URGENCY_LINE, RECIPIENTS_LINE, DISPATCH_LINE, ISSUER_HEADER_LINE].some((re) =>
        re.test(next),
      ) || isRule(next);
    if (anotherKind || isAllCaps(next) !== isAllCaps(text) || !(endsOpen(text) || /^\p{Ll}/u.test(next))) break;
    text = `${text} ${next}`;
    j += 1;
  }
  return { text: text.replace(/\s+/g, ' ').trim(), last: header[j]!, lastIndex: j };
}

/** "Kính gửi: - Các ban Đảng tỉnh, …;" then "- Các huyện ủy, …" bullets (Hưng Yên, Thanh Hóa). */
function readRecipients(header: Line[], i: number, inline: string, fields: HeaderFields): number {
  const items = inline.trim() ? [inline] : [];
  let j = i;
  while (j + 1 < header.length && /^[-+•]/.test(header[j + 1]!.text)) {
    items.push(header[j + 1]!.text);
    j += 1;
  }
  const clean = items
    .map((s) =>
      s
        .replace(/^[-+•]\s*/, '')
        .replace(/[,;.]+$/, '')
        .trim(),
    )
    .filter(Boolean);
  if (clean.length > 0) fields.recipients = { value: clean, span: spanOfLines(header[i]!, header[j]!) };
  return j;
}
