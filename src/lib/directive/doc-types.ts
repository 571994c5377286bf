/**
 * Loại văn bản: how a document's kind is named in prose ("Chỉ thị số 07-CT/TU"), in a title in
 * capitals ("CHỈ THỊ"), and in the type letters of its code ("329-CV/TU": CV = công văn).
 */
import type { DocType } from './schema.ts';

/** Vietnamese label of each kind, as the portal shows it. */
export const DOC_TYPE_LABELS: Record<DocType, string> = {
  'chi-thi': 'Chỉ thị',
  'cong-van': 'Công văn',
  'cong-dien': 'Công điện',
  'thong-bao-ket-luan': 'Thông báo kết luận',
  'thong-bao': 'Thông báo',
  'ket-luan': 'Kết luận',
  'nghi-quyet': 'Nghị quyết',
  'quyet-dinh': 'Quyết định',
  'ke-hoach': 'Kế hoạch',
  'huong-dan': 'Hướng dẫn',
  'bao-cao': 'Báo cáo',
  'to-trinh': 'Tờ trình',
  dien: 'Điện',
};

/** "Chỉ thị"; "Văn bản" (document) when the kind is unknown. */
export function documentKind(docType: DocType | null | undefined): string {
  return docType ? DOC_TYPE_LABELS[docType] : 'Văn bản';
}

/**
 * "Công văn số 329-CV/TU"; "Chỉ thị (không số)" when no number is printed; "Văn bản" when even the
 * kind is unknown. The rule behind the name every directive stores (`documentName`, naming.ts) and the
 * pages, the search results, the comparison and the CLI show; a citation passes the number with its
 * provenance marks (clause-citation.ts).
 */
export function documentName(docType: DocType | null | undefined, number: string | null | undefined): string {
  const kind = documentKind(docType);
  return number ? `${kind} số ${number}` : `${kind} (không số)`;
}

/**
 * Names in prose, longest first so "Thông báo kết luận" wins over "Thông báo". Kinds a provincial
 * directive cites but never is (Nghị định, Thông tư, Luật) are kept for citations only.
 */
export const DOC_TYPE_NAMES: ReadonlyArray<[string, DocType | null]> = [
  ['Thông báo kết luận', 'thong-bao-ket-luan'],
  ['Công điện', 'cong-dien'],
  ['Công văn', 'cong-van'],
  ['Chỉ thị', 'chi-thi'],
  ['Nghị quyết', 'nghi-quyet'],
  ['Quyết định', 'quyet-dinh'],
  ['Kế hoạch', 'ke-hoach'],
  ['Hướng dẫn', 'huong-dan'],
  ['Thông báo', 'thong-bao'],
  ['Kết luận', 'ket-luan'],
  ['Báo cáo', 'bao-cao'],
  ['Tờ trình', 'to-trinh'],
  ['Nghị định', null],
  ['Thông tư', null],
  ['Quy định', null],
  ['Luật', null],
  ['Điện', 'dien'],
];

/** The type letters of a document code, e.g. CT in "07-CT/TU" and in "24/CT-UBND". */
const CODE_LETTERS: Record<string, DocType> = {
  CT: 'chi-thi',
  CV: 'cong-van',
  CĐ: 'cong-dien',
  CD: 'cong-dien',
  TB: 'thong-bao',
  KL: 'ket-luan',
  NQ: 'nghi-quyet',
  QĐ: 'quyet-dinh',
  QD: 'quyet-dinh',
  KH: 'ke-hoach',
  HD: 'huong-dan',
  BC: 'bao-cao',
  TTr: 'to-trinh',
};

/**
 * Type letters of the kinds the table above does not read as their own: a thông báo kết luận is
 * numbered as a thông báo ("45-TB/TU"), and Nghị định and Thông tư are cited ("15/2021/NĐ-CP",
 * "02/2021/TT-BYT") but no provincial directive is one. Điện, Quy định and Luật carry none.
 */
const OTHER_CODE_LETTERS: Readonly<Record<string, string>> = {
  'Thông báo kết luận': 'TB',
  'Nghị định': 'NĐ',
  'Thông tư': 'TT',
};

/**
 * Each kind named in prose with the type letters its codes carry (the first spelling CODE_LETTERS
 * gives), in DOC_TYPE_NAMES' order, longest first: search reads "Chỉ thị 16" as "CT 16"
 * (search/codes.ts). Kinds whose codes carry no letters are left out.
 */
export const DOC_TYPE_NAME_LETTERS: ReadonlyArray<[name: string, letters: string]> = DOC_TYPE_NAMES.flatMap(
  ([name, type]): Array<[string, string]> => {
    const letters =
      OTHER_CODE_LETTERS[name] ?? Object.keys(CODE_LETTERS).find((spelling) => CODE_LETTERS[spelling] === type);
    return letters ? [[name, letters]] : [];
  },
);

/** Every spelling of type letters a code may carry: "CT", "CĐ" and "CD", "TTr", "NĐ"… */
export const TYPE_LETTER_SPELLINGS: readonly string[] = [
  ...new Set([...Object.keys(CODE_LETTERS), ...Object.values(OTHER_CODE_LETTERS)]),
];

export function docTypeFromCodeLetters(letters: string): DocType | null {
  return CODE_LETTERS[letters] ?? CODE_LETTERS[letters.toUpperCase()] ?? null;
}

/** A kind named in prose or in capitals ("CHỈ THỊ", "Công văn"), or null. */
export function docTypeFromName(name: string): DocType | null {
  const wanted = name.trim().toLocaleLowerCase('vi');
  for (const [label, type] of DOC_TYPE_NAMES) {
    if (label.toLocaleLowerCase('vi') === wanted) return type;
  }
  return null;
}

/** A regex alternation of every prose name, longest first. */
export const DOC_TYPE_NAME_PATTERN = DOC_TYPE_NAMES.map(([label]) => label).join('|');
