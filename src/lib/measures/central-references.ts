/**
 * Where a clause names a central document of content/data/central-documents.yaml, in every way
 * provinces write it, and an epidemic level of Nghị quyết 128:
 *
 *   by code            "16/CT-TTg", "Chỉ thị số 16/CT-TTg năm 2021" (a wrong year, N5), "15/TTg-CP" (alias)
 *   by number          "Chỉ thị 16", "Chỉ thị số 15, 16", "Nghị quyết 128"
 *   abbreviated        "CT16", "CT-16", "CT 16", "NQ128", "NQ 128"
 *   a level            "cấp độ 3", "cấp độ dịch 3", "cấp 3" (only beside a 128 reference)
 *
 * What is NOT a central document though it shares a number: a provincial code ("Chỉ thị số
 * 16-CT/TU", "Chỉ thị 15/CT-UBND"), and a bare number the clause gives to a provincial body
 * ("Chỉ thị 16 ngày 5/5/2021 của Tỉnh ủy"). "cấp 3" alone is a school grade, so the short level
 * form needs a 128 reference in the same clause; "cấp độ 3" needs one, or "cấp độ dịch" / "nguy cơ".
 * Whether the clause applies, cites or lifts what it names is decided in reference-context.ts.
 */
import type { Word } from './word-stream.ts';
import { codeKey, type CentralDocument } from './central-documents.ts';

export interface CentralReference {
  document: CentralDocument;
  /** Cấp độ (1–4) for a level of a document that has levels; null for the document itself. */
  level: number | null;
  /** Index of the first and last word of the reference in the word list. */
  first: number;
  last: number;
}

const KIND_WORDS: Record<CentralDocument['kind'], { full: readonly [string, string]; short: string; glued: RegExp }> = {
  'chi-thi': { full: ['chỉ', 'thị'], short: 'ct', glued: /^ct(\d+)$/ },
  'nghi-quyet': { full: ['nghị', 'quyết'], short: 'nq', glued: /^nq(\d+)$/ },
};

const KINDS = Object.entries(KIND_WORDS) as Array<
  [CentralDocument['kind'], (typeof KIND_WORDS)[CentralDocument['kind']]]
>;

const LEVEL_WORDS: Readonly<Record<string, number>> = { '1': 1, '2': 2, '3': 3, '4': 4, một: 1, hai: 2, ba: 3, bốn: 4 };

/** Provincial bodies: "Chỉ thị 16 … của Tỉnh ủy" is the province's own directive 16. */
const PROVINCIAL_ISSUERS = [
  ['tỉnh', 'ủy'],
  ['thành', 'ủy'],
  ['huyện', 'ủy'],
  ['ban', 'thường', 'vụ'],
  ['ubnd'],
  ['ủy', 'ban'],
  ['hđnd'],
  ['chủ', 'tịch'],
  ['ban', 'chỉ', 'đạo'],
];

export function findCentralReferences(
  text: string,
  words: readonly Word[],
  documents: readonly CentralDocument[],
): CentralReference[] {
  const byCode = codeIndex(documents);
  const byNumber = (kind: CentralDocument['kind'], n: string) =>
    documents.find((doc) => doc.kind === kind && String(doc.number) === n);

  const refs: CentralReference[] = [];
  const taken = new Set<number>();
  const add = (document: CentralDocument, first: number, last: number, level: number | null = null) => {
    if (taken.has(first)) return;
    for (let i = first; i <= last; i++) taken.add(i);
    refs.push({ document, level, first, last });
  };
  const key = (i: number) => words[i]?.key;
  const joined = (i: number) => words[i]?.joinsPrevious === true;

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // A whole code: "16/CT-TTg" (word-stream keeps document codes as one word).
    // Central codes end in the Government's letters (CT-TTg, NQ-CP, TTg-CP): other codes skip the parse.
    if (/\d/.test(word.key) && /[/-]/.test(word.key) && /ttg|cp/.test(word.key)) {
      const doc = byCode.get(codeKey(text.slice(word.start, word.end).normalize('NFC')) ?? '');
      if (doc) add(doc, kindWordsBefore(words, i), i);
      continue;
    }
    for (const [kind, { full, short, glued: gluedPattern }] of KINDS) {
      if (!word.key.startsWith(short) && word.key !== full[0]) continue;
      // "CT16", "NQ128": one word.
      const glued = gluedPattern.exec(word.key);
      if (glued) {
        const doc = byNumber(kind, glued[1]!);
        if (doc) add(doc, i, i);
        continue;
      }
      // "CT 16", "CT-16", "NQ 128".
      if (word.key === short && joined(i + 1)) {
        const doc = byNumber(kind, key(i + 1) ?? '');
        if (doc && !provincialAfter(words, i + 2)) add(doc, i, i + 1);
        continue;
      }
      // "Chỉ thị [số] 15[, 16 và 19]": every bare number of the list.
      if (word.key === full[0] && key(i + 1) === full[1] && joined(i + 1)) {
        let at = i + 2;
        if (key(at) === 'số' && joined(at)) at++;
        while (joined(at)) {
          const doc = byNumber(kind, key(at) ?? '');
          if (!doc || provincialAfter(words, at + 1)) break;
          add(doc, at === i + 2 || at === i + 3 ? i : at, at);
          at++;
          if ((key(at) === 'và' || key(at) === 'hoặc') && joined(at)) at++;
          if (key(at) === 'số' && joined(at)) at++;
        }
      }
    }
  }

  const leveled = documents.find((doc) => doc.levels.length > 0);
  if (leveled) refs.push(...findLevels(words, leveled, refs, taken));
  return refs.sort((a, b) => a.first - b.first);
}

const codeIndexes = new WeakMap<readonly CentralDocument[], ReadonlyMap<string, CentralDocument>>();

/** Code key → document, built once per document list (every clause of a corpus is read against it). */
function codeIndex(documents: readonly CentralDocument[]): ReadonlyMap<string, CentralDocument> {
  let index = codeIndexes.get(documents);
  if (!index) {
    const built = new Map<string, CentralDocument>();
    for (const doc of documents) {
      for (const code of [doc.code, ...doc.aliases]) {
        const key = codeKey(code);
        if (key) built.set(key, doc);
      }
    }
    codeIndexes.set(documents, (index = built));
  }
  return index;
}

/** "Chỉ thị số 16/CT-TTg": the reference starts at "Chỉ", so what precedes it is read as context. */
function kindWordsBefore(words: readonly Word[], at: number): number {
  let first = at;
  if (words[first - 1]?.key === 'số' && words[first]!.joinsPrevious) first--;
  const kind = Object.values(KIND_WORDS).find(
    ({ full }) => words[first - 2]?.key === full[0] && words[first - 1]?.key === full[1],
  );
  return kind && words[first]!.joinsPrevious && words[first - 1]!.joinsPrevious ? first - 2 : first;
}

/**
 * True when the number just read belongs to a provincial document: a code tail other than
 * "CT-TTg" follows ("16 /CT-UBND" split by spaces), or "của" + a provincial body comes before the
 * next sentence break.
 */
function provincialAfter(words: readonly Word[], at: number): boolean {
  const next = words[at];
  if (next?.joinsPrevious && next.key === 'ct' && words[at + 1]?.joinsPrevious && words[at + 1]?.key !== 'ttg') {
    return true;
  }
  for (let i = at; i < words.length && i < at + 12 && words[i]!.joinsPrevious; i++) {
    if (words[i]!.key !== 'của') continue;
    return PROVINCIAL_ISSUERS.some((issuer) => issuer.every((part, j) => words[i + 1 + j]?.key === part));
  }
  return false;
}

function findLevels(
  words: readonly Word[],
  document: CentralDocument,
  refs: readonly CentralReference[],
  taken: ReadonlySet<number>,
): CentralReference[] {
  const namesDocument = refs.some((ref) => ref.document === document);
  const keys = words.map((w) => w.key);
  const speaksOfLevels = keys.some(
    (k, i) => (k === 'cấp' && keys[i + 1] === 'độ' && keys[i + 2] === 'dịch') || (k === 'nguy' && keys[i + 1] === 'cơ'),
  );
  const levels: CentralReference[] = [];
  for (let i = 0; i < words.length; i++) {
    if (keys[i] !== 'cấp' || taken.has(i)) continue;
    const long = keys[i + 1] === 'độ' && words[i + 1]!.joinsPrevious;
    // "cấp độ dịch 3" as well as "cấp độ 3".
    const at = long ? (keys[i + 2] === 'dịch' && LEVEL_WORDS[keys[i + 3] ?? ''] !== undefined ? i + 3 : i + 2) : i + 1;
    const level = LEVEL_WORDS[keys[at] ?? ''];
    if (level === undefined || !words[at]!.joinsPrevious) continue;
    if (!(namesDocument || (long && speaksOfLevels))) continue;
    if (!document.levels.some((l) => l.level === level)) continue;
    levels.push({ document, level, first: i, last: at });
  }
  return levels;
}
