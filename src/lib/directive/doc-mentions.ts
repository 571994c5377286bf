/**
 * Mentions of a document in running text: a kind's name, then perhaps its number and date, in the
 * spellings real pages use (invented examples in their shapes):
 *   "ban hành Chỉ thị số 24/CT-UBND ngày 24/7/2021"         the kind capitalised, "số", a date
 *   "vừa có công văn 388 /UBND-KGVX, gửi …"                 lower case, a space before the slash
 *   "Công điện khẩn số 07 - CĐ/TU về …"                     the urgency between kind and number
 *   "có công văn CV 9229/UBND-VHXH"                         type letters glued before the number
 *   "đã ký ban hành văn bản số 2508/UBND-KGVX"              "văn bản": a document of no named kind
 *   "(Quyết định 1033/QĐ-UBND ngày 09/5/2021)"              a headline's parenthesis
 * Each mention also says what stands right before it (an issuing verb, a citing frame) and right
 * after it (whose document it is), so that identity.ts can tell the page's own document from the
 * documents it cites. Groups are named: a shared pattern that gains a group shifts no index here.
 */
import { DOC_TYPE_NAMES, docTypeFromName } from './doc-types.ts';
import { DOC_CODE_PATTERN, docCodeKey, parseDocCode, type DocCode } from './doc-code.ts';
import { DATE_PATTERN, findDate } from './dates.ts';
import type { DocType, IsoDate } from './schema.ts';

/** "Công văn", "công văn", "CÔNG VĂN", "Công Văn": a kind's name as pages case it. */
function caseTolerant(name: string): string {
  const words = name
    .split(' ')
    .map((w) => `[${w[0]!.toLocaleUpperCase('vi')}${w[0]!.toLocaleLowerCase('vi')}]${w.slice(1)}`);
  return `(?:${words.join(' ')}|${name.toLocaleUpperCase('vi')})`;
}

/** The kinds a directive may be, and "văn bản" (a document, kind unnamed); longest first. */
const KIND_PATTERN = [...DOC_TYPE_NAMES.map(([name]) => name), 'Văn bản'].map(caseTolerant).join('|');
const URGENCY = String.raw`(?:\s+(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn|KHẨN))?`;
/** Type letters a copy glues before the number: "Công văn CV 9229/UBND-VHXH". */
const GLUED_LETTERS = String.raw`(?:(?:CV|CT|CĐ|QĐ|KH|TB)\s?(?=\d))?`;

/**
 * A kind that names no one document: "cho đến khi có thông báo mới", "Công văn này", "các văn bản
 * khác", "có văn bản thay thế", "kế hoạch tiếp theo".
 */
const NOT_A_DOCUMENT = String.raw`\s+(?:mới|tiếp theo|thay thế|khác|này|đó|liên quan|chỉ đạo)(?![\p{L}])`;

const MENTION = new RegExp(
  String.raw`(?<![\p{L}\d])(?<kind>${KIND_PATTERN})(?![\p{L}])(?!${NOT_A_DOCUMENT})(?<urgency>${URGENCY})` +
    String.raw`(?:\s+(?:số|Số|số hiệu)\s*:?)?\s*${GLUED_LETTERS}(?:(?<code>${DOC_CODE_PATTERN})|(?<bare>\d{1,5})(?=\s+của\s|\s*\)))?` +
    String.raw`(?:\s*,?\s*(?<date>${DATE_PATTERN}))?`,
  'gu',
);

/** An issuing verb right before the kind: "ban hành", "đã ký", "vừa có", "phát đi", "đã ra". */
const ISSUING_VERB =
  /(?<verb>(?:ký\s+)?ban hành|ký|phát đi|phát hành|(?<![\p{L}])ra|(?<![\p{L}])có|gửi)(?:\s+(?:các|một|những|liên tiếp))?\s*$/u;
/** Words that make the verb after them an order to issue, not a report of an issue. */
const ORDERED =
  /(?<![\p{L}])(?:[Gg]iao|đề nghị(?!\s+của)|[Yy]êu cầu(?!\s+của)|chủ trì|tham mưu|sẽ|cần|phải|nghiên cứu|xem xét|chịu trách nhiệm)(?![\p{L}])/u;
const ORDER_REACH = 80;
/**
 * Words that frame a document as cited rather than issued: a basis ("Căn cứ"), an order followed
 * ("theo", "thực hiện", "triển khai", "tại"), a document acted on ("thay thế", "sửa đổi").
 */
const CITING_FRAME =
  /(?<![\p{L}])(?<frame>[Cc]ăn cứ|[Tt]heo|[Tt]hực hiện|[Tt]riển khai|[Tt]ại|[Qq]uán triệt|[Áá]p dụng|[Cc]hấp hành|[Tt]hay thế|[Ss]ửa đổi|[Bb]ổ sung|[Bb]ãi bỏ|[Kk]éo dài|[Gg]ia hạn|[Hh]ướng dẫn|[Vv]ề việc|[Vv]à|[Cc]ủa)(?![\p{L}])/gu;
/** How far before a kind a citing word frames it: a few words ("thực hiện nghiêm túc Thông báo …"). */
const FRAME_REACH = 30;
/** Whose document it is, printed after it: "… của Thủ tướng Chính phủ", "… của Bộ Y tế". */
const CENTRAL_OWNER =
  /^\s*,?\s*(?:\([^()]{0,40}\)\s*)?của\s+(?:Thủ tướng|Chính phủ|Bộ\s|Ban Bí thư|Bộ Chính trị|Trung ương|Ban Chấp hành Trung ương|Ban Chỉ đạo [Qq]uốc gia|Văn phòng Chính phủ|Quốc hội)/u;

/**
 * Kinds written in lower case that are ordinary words too: "ban hành hướng dẫn cụ thể", "có kế
 * hoạch", "Chủ tịch quyết định:". Without a number only "công văn" and "công điện" name a document.
 */
const NAMES_ALONE = new Set(['công văn', 'công điện']);

export interface DocMention {
  /** Where the mention starts and ends in the text searched. */
  index: number;
  end: number;
  /** The kind as printed ("công văn", "Công điện"), and what it names; null for "văn bản". */
  kindText: string;
  docType: DocType | null;
  urgent: boolean;
  code: DocCode | null;
  /** The code as printed, spaces and all ("07 - CĐ/TU"), and where it starts. */
  codeText: string | null;
  codeIndex: number | null;
  /** The date printed right after it ("… số 07-CT/TU ngày 07/8/2021"), with its text. */
  date: IsoDate | null;
  dateText: string | null;
  /**
   * A number printed without its symbol, "Thông báo 94 của BCĐ …", "(Quyết định 512)": a document's
   * number only where a headline names the page's document with it (identity.ts).
   */
  bare: boolean;
  /** A kind in lower case with no number that is an ordinary word as well ("hướng dẫn"). */
  generic: boolean;
  /** The issuing verb right before it ("ban hành", "ký", "có"), or null. */
  verb: string | null;
  /** The nearest citing word a few words before it, when no verb stands right before. */
  frame: string | null;
  /** "… của Thủ tướng Chính phủ" after it: a central body's document. */
  centralOwner: boolean;
}

/** Every mention of a document in `text`, in text order. */
export function findDocMentions(text: string): DocMention[] {
  const mentions: DocMention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const groups = m.groups ?? {};
    const kindText = groups['kind'] ?? '';
    const bare = groups['bare'] ?? null;
    const codeText = groups['code'] ?? bare;
    const code = groups['code'] ? parseDocCode(groups['code']) : bare ? bareNumber(bare) : null;
    const dateText = groups['date'] ?? null;
    const before = sentenceBefore(text, m.index);
    const issuing = ISSUING_VERB.exec(before);
    // "Giao Sở Y tế ban hành Hướng dẫn …", "đề nghị … ban hành": an order to issue one, not an issue.
    const ordered = issuing !== null && ORDERED.test(before.slice(0, issuing.index).slice(-ORDER_REACH));
    const verb = ordered ? null : (issuing?.groups?.['verb'] ?? null);
    const frames = [...before.slice(-FRAME_REACH).matchAll(CITING_FRAME)];
    const end = m.index + m[0].trimEnd().length;
    mentions.push({
      index: m.index,
      end,
      kindText,
      docType: docTypeFromName(kindText),
      bare: bare !== null,
      generic: !code && /^\p{Ll}/u.test(kindText) && !NAMES_ALONE.has(kindText),
      urgent: (groups['urgency'] ?? '').trim() !== '',
      code,
      codeText: code ? codeText!.trim() : null,
      codeIndex: code ? m.index + m[0].indexOf(codeText!) : null,
      date: dateText ? (findDate(dateText)?.date ?? null) : null,
      dateText,
      verb,
      frame: verb ? null : (frames.at(-1)?.groups?.['frame'] ?? null),
      centralOwner: CENTRAL_OWNER.test(text.slice(end, end + 80)),
    });
  }
  return mentions;
}

/** "94" as a code: a number and no letter groups; its key is the number alone. */
function bareNumber(printed: string): DocCode {
  return { printed, number: printed, groups: [], docType: null, key: docCodeKey(printed, []) };
}

/** The text of the sentence before `index`: from the last ". ", "; " or ": " (or the start). */
function sentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 200), index);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': '));
  return cut < 0 ? before : before.slice(cut + 2);
}
