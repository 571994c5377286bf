/**
 * Does a clause APPLY the central document it names, or only cite, lift or look back on it?
 * Only an application implies the document's measures.
 *
 * The words read are those before the reference in its stretch of text: back to the start of the
 * sentence, the last comma, or the previous reference, whichever is nearest (so in "kết thúc Chỉ
 * thị 16, chuyển sang Chỉ thị 15" the ending belongs to 16 alone). In that stretch:
 *
 *   lifts     "kết thúc", "nới lỏng", "dừng/ngừng/thôi thực hiện", "không/chưa áp dụng",
 *             "chuyển từ", "sau" (looking back: "Sau 14 ngày thực hiện …"), "đã phải" (others,
 *             or the past: "18 tỉnh đã phải thực hiện … theo Chỉ thị 16"), "từ" right before it
 *             ("hạ từ cấp độ 3 xuống cấp độ 2")                                       → lifts
 *   cites     "Căn cứ …", "trên cơ sở …"; an origin ("người về từ các địa bàn cấp độ 3")  → cites
 *   grasps    "quán triệt[, triển khai thực hiện nghiêm túc] Chỉ thị …": the document is to be
 *             studied and carried out as a whole, its regime not put in force by the clause
 *             (only implementing words between "quán triệt" and the reference)     → cites
 *   frames    the sentence opens "Thực hiện / Triển khai / Theo [chỉ đạo của … tại] <reference>
 *             …, <body> yêu cầu (chỉ đạo, đề nghị, giao, ban hành, đã …) …": the document is
 *             the basis cited, the order is what follows                                → cites
 *   applies   "áp dụng", "thực hiện", "theo", "triển khai", "tuân thủ", "chấp hành", "tinh thần",
 *             "sang", "tiếp tục"                                                        → applies
 * A level of Nghị quyết 128 applies by default ("xã ở cấp độ 3", "điều chỉnh về cấp độ 2"): an
 * area at a level is under that level's measures. A document named with none of these words
 * ("Chỉ thị 16 quy định …") is not taken as applied: a missing tag beats a wrong one.
 * A reference listed right after another ("Chỉ thị số 15/CT-TTg, 16/CT-TTg và 19/CT-TTg") shares
 * its decision.
 */
import type { CentralReference } from './central-references.ts';
import type { Word } from './word-stream.ts';

export type ReferenceUse = 'applies' | 'cites' | 'lifts';

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
  'không áp dụng',
  'chưa áp dụng',
  'không thực hiện',
  'không còn',
  'chuyển từ',
  'sau',
  'đã phải',
];
const CITES = ['căn cứ', 'trên cơ sở'];
/** Where people come from is a place, not an order: "người về từ các địa bàn cấp độ 3, 4". */
const ORIGINS = ['về từ', 'đến từ', 'đi từ', 'trở về từ'];
const APPLIES = [
  'áp dụng',
  'thực hiện',
  'theo',
  'triển khai',
  'tuân thủ',
  'chấp hành',
  'tinh thần',
  'sang',
  'tiếp tục',
];
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
 * document it governs: "quán triệt sâu sắc, triển khai thực hiện nghiêm túc và có hiệu quả Chỉ thị số …".
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
const CITE_KEYS = phrases(CITES);
const ORIGIN_KEYS = phrases(ORIGINS);
const APPLY_KEYS = phrases(APPLIES);
const FRAME_HEAD_KEYS = phrases(FRAME_HEADS);
const ORDERING_KEYS = phrases(ORDERING);

export function referenceUses(text: string, words: readonly Word[], refs: readonly CentralReference[]): ReferenceUse[] {
  const uses: ReferenceUse[] = [];
  refs.forEach((ref, n) => {
    const previous = refs[n - 1];
    const sentence = sentenceStart(words, ref.first);
    const from = Math.max(stretchStart(text, words, ref.first), previous ? previous.last + 1 : 0);
    const window = words.slice(from, ref.first).map((w) => w.key);
    if (previous && previous.last >= sentence && window.every((k) => LIST_GLUE.has(k))) {
      uses.push(uses[n - 1]!);
      return;
    }
    if (grasped(words.slice(sentence, ref.first).map((w) => w.key))) {
      uses.push('cites');
      return;
    }
    uses.push(decide(text, words, ref, window, from === sentence));
  });
  return uses;
}

function decide(
  text: string,
  words: readonly Word[],
  ref: CentralReference,
  window: readonly string[],
  opensSentence: boolean,
): ReferenceUse {
  if (LIFT_KEYS.some((p) => contains(window, p)) || window.at(-1) === 'từ') return 'lifts';
  if (CITE_KEYS.some((p) => contains(window, p)) || ORIGIN_KEYS.some((p) => contains(window, p))) return 'cites';
  if (opensSentence && isFrame(window) && framesAnOrder(text, words, ref.last + 1)) {
    return 'cites';
  }
  if (ref.level !== null) return 'applies';
  return APPLY_KEYS.some((p) => contains(window, p)) ? 'applies' : 'cites';
}

/** After the reference: a comma, then an ordering verb, before the sentence ends. */
function framesAnOrder(text: string, words: readonly Word[], at: number): boolean {
  let afterComma = false;
  for (let i = at; i < words.length; i++) {
    if (i > at && !words[i]!.joinsPrevious) return false;
    if (i > at && text.slice(words[i - 1]!.end, words[i]!.start).includes(',')) afterComma = true;
    if (afterComma && ORDERING_KEYS.some((p) => p.every((k, j) => words[i + j]?.key === k))) return true;
  }
  return false;
}

function sentenceStart(words: readonly Word[], at: number): number {
  let i = at;
  while (i > 0 && words[i]!.joinsPrevious) i--;
  return i;
}

/** Back to the sentence start or the last comma before `at`. */
function stretchStart(text: string, words: readonly Word[], at: number): number {
  let i = at;
  while (i > 0 && words[i]!.joinsPrevious && !text.slice(words[i - 1]!.end, words[i]!.start).includes(',')) i--;
  return i;
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

function contains(window: readonly string[], phrase: readonly string[]): boolean {
  return window.some((_, i) => phrase.every((k, j) => window[i + j] === k));
}

function isFrame(window: readonly string[]): boolean {
  return FRAME_HEAD_KEYS.some((p) => p.every((k, j) => window[j] === k)) && window.every((k) => FRAME_WORDS.has(k));
}
