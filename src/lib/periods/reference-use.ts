/**
 * How a text uses a document it names: the ONE classifier behind both the directive's citations
 * (directive/citations.ts), its relations (periods/relations.ts) and the measures a clause implies
 * by applying a central document (measures/reference-context.ts). Before, citations read "căn cứ"
 * as implements and the tagger read it as a citation; now both read it here.
 *
 * The words read are those before the reference in its stretch of text: back to the start of the
 * sentence, the last comma, or the previous reference, whichever is nearest (so in "kết thúc Chỉ
 * thị 16, chuyển sang Chỉ thị 15" the ending belongs to 16 alone). In that stretch, first match wins:
 *
 *   lifts        "kết thúc", "nới lỏng", "dừng/ngừng/thôi thực hiện (áp dụng)", "chấm dứt", "bãi bỏ",
 *                "dỡ bỏ", "hết hiệu lực", "chuyển từ"
 *   not-applied  "không/chưa áp dụng", "không thực hiện", "không còn", "đã áp dụng / thực hiện" (the
 *                past: "nhiều tỉnh đã áp dụng … theo Chỉ thị 16"), "sau" (looking back: "Sau 14
 *                ngày thực hiện …"), "đã phải" (others, or the past: "18 tỉnh đã phải thực hiện …
 *                theo Chỉ thị 16"), "từ" right before it ("hạ từ cấp độ 3 xuống cấp độ 2")
 *   replaces     "thay thế" just before it ("Chỉ thị này thay thế Chỉ thị số 24/CT-UBND")
 *   amends       "sửa đổi", or "bổ sung" just before it ("sửa đổi, bổ sung Quyết định số …")
 *   cites        "Căn cứ …", "trên cơ sở …", "tiếp theo …" (following on from); an origin ("người về từ các địa bàn cấp độ 3")
 *   implements   grasped: "quán triệt[, triển khai thực hiện nghiêm túc] Chỉ thị …" — the document is to
 *                be studied and carried out as a whole, its regime not put in force by the clause
 *                (only implementing words between "quán triệt" and the reference; `framed`)
 *   implements   framed: the sentence opens "Thực hiện / Triển khai / Theo [chỉ đạo của … tại]
 *                <reference> …, <body> yêu cầu (chỉ đạo, giao, …) …": the document is the one the
 *                text carries out, but its measures are not ordered by this clause (`framed`)
 *   implements   a level of Nghị quyết 128 with no other word ("xã ở cấp độ 3")
 *   extends      "tiếp tục", "kéo dài", "gia hạn", "duy trì" ("tiếp tục thực hiện … đến hết ngày …")
 *   implements   "áp dụng", "thực hiện", "theo", "triển khai", "tuân thủ", "chấp hành", "tinh thần", "sang"
 *   cites        none of these ("Chỉ thị 16 quy định …"): a missing relation beats a wrong one.
 * After a reference that nothing before decides: "… hết hiệu lực", "… được/bị bãi bỏ" lifts it,
 * "… được thay thế bởi …" replaces it. A reference listed right after another ("Chỉ thị số
 * 15/CT-TTg, 16/CT-TTg và 19/CT-TTg") shares its decision.
 */

/** A word of the text (measures/word-stream.ts makes them): its key, offsets, and whether it runs on. */
export interface UseWord {
  key: string;
  start: number;
  end: number;
  /** True when only spaces, hyphens, commas or slashes separate it from the previous word. */
  joinsPrevious: boolean;
}

/** A named document: its first and last word, and whether it is a level of a document ("cấp độ 3"). */
export interface NamedReference {
  first: number;
  last: number;
  level?: boolean;
}

export type ReferenceUseKind = 'replaces' | 'amends' | 'extends' | 'lifts' | 'implements' | 'cites' | 'not-applied';

export interface ReferenceUse {
  kind: ReferenceUseKind;
  /** An `implements` read from a framing opening ("Thực hiện Công điện …, UBND tỉnh yêu cầu …"). */
  framed: boolean;
}

const LIFTS = [
  'kết thúc',
  'nới lỏng',
  'dừng thực hiện',
  'dừng áp dụng',
  'ngừng thực hiện',
  'ngừng áp dụng',
  'thôi thực hiện',
  'thôi áp dụng',
  'chấm dứt',
  'bãi bỏ',
  'dỡ bỏ',
  'gỡ bỏ',
  'hết hiệu lực',
  'chuyển từ',
];
const NOT_APPLIED = [
  'không áp dụng',
  'chưa áp dụng',
  'không thực hiện',
  'không còn',
  'sau',
  'đã phải',
  'đã áp dụng',
  'đã thực hiện',
];
const CITES = ['căn cứ', 'trên cơ sở', 'tiếp theo'];
/** Where people come from is a place, not an order: "người về từ các địa bàn cấp độ 3, 4". */
const ORIGINS = ['về từ', 'đến từ', 'đi từ', 'trở về từ'];
const EXTENDS = ['tiếp tục', 'kéo dài', 'gia hạn', 'duy trì'];
const IMPLEMENTS = ['áp dụng', 'thực hiện', 'theo', 'triển khai', 'tuân thủ', 'chấp hành', 'tinh thần', 'sang'];
/** After the reference: "Chỉ thị số 24/CT-UBND hết hiệu lực", "… được thay thế bởi Chỉ thị này". */
const LIFTED_AFTER = ['hết hiệu lực', 'được bãi bỏ', 'bị bãi bỏ', 'hết hiệu lực thi hành'];
const REPLACED_AFTER = ['được thay thế'];
/**
 * Sentence openings that frame a basis ("Thực hiện chỉ đạo của Chính phủ tại Nghị quyết số
 * 128/NQ-CP …, tỉnh đã điều chỉnh …"), when a comma and an ordering body follow the reference: the
 * opening starts with one of FRAME_HEADS and holds only FRAME_WORDS — no measure, no "nghiêm".
 */
const FRAME_HEADS = ['thực hiện', 'triển khai', 'theo'];
const FRAME_WORDS = new Set(
  'thực hiện triển khai theo chỉ đạo ý kiến của chính phủ thủ tướng tại các văn bản'.split(' '),
);
const ORDERING = [
  'yêu cầu',
  'chỉ đạo',
  'đề nghị',
  'giao',
  'ban hành',
  'có văn bản',
  'quyết định',
  'thông báo',
  'hướng dẫn',
  'điều chỉnh',
  'đã',
];
/**
 * "Quán triệt" (to grasp thoroughly, to disseminate) and the words that may stand between it and the
 * reference while the sentence still only disseminates the document.
 */
const GRASP = ['quán', 'triệt'];
const GRASP_WORDS = new Set(
  'quán triệt sâu sắc triển khai thực hiện nghiêm túc và có hiệu quả tổ chức tiếp tục đầy đủ các nội dung của tinh thần chỉ đạo số'.split(
    ' ',
  ),
);
/** Words that may sit between two listed references without breaking the list. */
const LIST_GLUE = new Set(['và', 'hoặc', 'số', 'chỉ', 'thị', 'nghị', 'quyết', 'các']);

const phrases = (list: readonly string[]) => list.map((p) => p.split(' '));
const LIFT_KEYS = phrases(LIFTS);
const NOT_APPLIED_KEYS = phrases(NOT_APPLIED);
const CITE_KEYS = phrases(CITES);
const ORIGIN_KEYS = phrases(ORIGINS);
const EXTEND_KEYS = phrases(EXTENDS);
const IMPLEMENT_KEYS = phrases(IMPLEMENTS);
const LIFTED_AFTER_KEYS = phrases(LIFTED_AFTER);
const REPLACED_AFTER_KEYS = phrases(REPLACED_AFTER);
const FRAME_HEAD_KEYS = phrases(FRAME_HEADS);
const ORDERING_KEYS = phrases(ORDERING);

/** One decision per reference, in order; `refs` in text order, their words from `words`. */
export function classifyReferences(
  text: string,
  words: readonly UseWord[],
  refs: readonly NamedReference[],
): ReferenceUse[] {
  const uses: ReferenceUse[] = [];
  refs.forEach((ref, n) => {
    const previous = refs[n - 1];
    const sentence = sentenceStart(words, ref.first);
    const from = Math.max(stretchStart(text, words, ref.first), previous ? previous.last + 1 : 0);
    const window = words.slice(from, ref.first).map((w) => w.key);
    if (previous && window.every((k) => LIST_GLUE.has(k))) {
      // Listed after the previous one in its sentence, or in the next item of a list of bases
      // ("Thực hiện Công điện số 570/CĐ-TTg …; Công điện số 600/CĐ-BCĐ …, UBND tỉnh yêu cầu").
      const between = text.slice(words[previous.last]!.end, words[ref.first]!.start);
      if (previous.last >= sentence || (between.includes(';') && !/[.:\n]/u.test(between))) {
        uses.push(uses[n - 1]!);
        return;
      }
    }
    if (grasped(words.slice(sentence, ref.first).map((w) => w.key))) {
      uses.push({ kind: 'implements', framed: true });
      return;
    }
    uses.push(decide(text, words, ref, window, from === sentence));
  });
  return uses;
}

function decide(
  text: string,
  words: readonly UseWord[],
  ref: NamedReference,
  window: readonly string[],
  opensSentence: boolean,
): ReferenceUse {
  const use = (kind: ReferenceUseKind, framed = false): ReferenceUse => ({ kind, framed });
  if (LIFT_KEYS.some((p) => contains(window, p))) return use('lifts');
  if (NOT_APPLIED_KEYS.some((p) => contains(window, p)) || window.at(-1) === 'từ') return use('not-applied');
  if (endsWith(window, ['thay', 'thế'], 2)) return use('replaces');
  if (contains(window, ['sửa', 'đổi']) || endsWith(window, ['bổ', 'sung'], 5)) return use('amends');
  if (CITE_KEYS.some((p) => contains(window, p)) || ORIGIN_KEYS.some((p) => contains(window, p))) {
    return use('cites');
  }
  if (opensSentence && isFrame(window) && framesAnOrder(text, words, ref.last + 1)) return use('implements', true);
  if (ref.level) return use('implements');
  if (EXTEND_KEYS.some((p) => contains(window, p))) return use('extends');
  if (IMPLEMENT_KEYS.some((p) => contains(window, p))) return use('implements');
  return use(afterward(words, ref.last + 1));
}

/** The sentence up to the reference holds "quán triệt" followed by implementing words only. */
function grasped(sentence: readonly string[]): boolean {
  for (let i = sentence.length - 2; i >= 0; i--) {
    if (sentence[i] === GRASP[0] && sentence[i + 1] === GRASP[1]) {
      return sentence.slice(i).every((k) => GRASP_WORDS.has(k));
    }
  }
  return false;
}

/** Words right after the reference, in its sentence, that act on it: "… hết hiệu lực". */
function afterward(words: readonly UseWord[], at: number): ReferenceUseKind {
  const after: string[] = [];
  for (let i = at; i < words.length && after.length < 24; i++) {
    if (i > at && !words[i]!.joinsPrevious) break;
    after.push(words[i]!.key);
  }
  if (LIFTED_AFTER_KEYS.some((p) => contains(after, p))) return 'lifts';
  if (REPLACED_AFTER_KEYS.some((p) => contains(after, p))) return 'replaces';
  return 'cites';
}

/** After the reference: a comma, then an ordering verb, before the sentence ends. */
function framesAnOrder(text: string, words: readonly UseWord[], at: number): boolean {
  let afterComma = false;
  for (let i = at; i < words.length; i++) {
    if (i > at && !words[i]!.joinsPrevious) return false;
    if (i > at && text.slice(words[i - 1]!.end, words[i]!.start).includes(',')) afterComma = true;
    if (afterComma && ORDERING_KEYS.some((p) => p.every((k, j) => words[i + j]?.key === k))) return true;
  }
  return false;
}

function sentenceStart(words: readonly UseWord[], at: number): number {
  let i = at;
  while (i > 0 && words[i]!.joinsPrevious) i--;
  return i;
}

/**
 * Back to the sentence start or the last comma before `at`; the comma of "phòng, chống" (a fixed
 * pair: "phòng, chống dịch") does not end a stretch.
 */
function stretchStart(text: string, words: readonly UseWord[], at: number): number {
  let i = at;
  while (i > 0 && words[i]!.joinsPrevious) {
    const comma = text.slice(words[i - 1]!.end, words[i]!.start).includes(',');
    if (comma && !(words[i - 1]!.key === 'phòng' && words[i]!.key === 'chống')) break;
    i--;
  }
  return i;
}

function contains(window: readonly string[], phrase: readonly string[]): boolean {
  return window.some((_, i) => phrase.every((k, j) => window[i + j] === k));
}

/** The phrase stands among the last `within` words of the window (plus its own length). */
function endsWith(window: readonly string[], phrase: readonly string[], within: number): boolean {
  return contains(window.slice(Math.max(0, window.length - phrase.length - within)), phrase);
}

function isFrame(window: readonly string[]): boolean {
  return FRAME_HEAD_KEYS.some((p) => p.every((k, j) => window[j] === k)) && window.every((k) => FRAME_WORDS.has(k));
}
