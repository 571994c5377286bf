/**
 * What a page says about where a value comes from. The schema stores provenance as data
 * (extracted with a span, inferred with evidence, provided with a source file); this turns it into
 * the short mark shown beside the value and the explanation shown when the reader opens it.
 */
import type { Field } from '../directive/schema.ts';

export type ProvenanceKind = Field<unknown>['provenance'];

export interface ProvenanceNote {
  kind: ProvenanceKind;
  /** The mark beside the value: "trích xuất", "suy luận", "bổ sung". */
  label: string;
  /** One sentence on how the value was obtained. */
  summary: string;
  /** Quotations and notes that back it: the printed words, the evidence, the override file. */
  details: Array<{ quote?: string; line?: number; note: string }>;
}

export const PROVENANCE_LABELS: Record<ProvenanceKind, string> = {
  extracted: 'trích xuất',
  inferred: 'suy luận',
  provided: 'bổ sung',
};

/** `quoteOf` gives the printed words for an extracted value (the page has the normalised text). */
export function describeProvenance(
  field: Field<unknown>,
  quoteOf: (span: { start: number; end: number }) => string,
): ProvenanceNote {
  const label = PROVENANCE_LABELS[field.provenance];
  if (field.provenance === 'extracted') {
    return {
      kind: 'extracted',
      label,
      summary: `In trong văn bản, dòng ${field.span.line}.`,
      details: [
        {
          quote: quoteOf(field.span),
          line: field.span.line,
          ...(field.note ? { note: translateNote(field.note) } : { note: '' }),
        },
      ],
    };
  }
  if (field.provenance === 'inferred') {
    return {
      kind: 'inferred',
      label,
      summary: 'Không in trực tiếp trong văn bản; được suy ra từ:',
      details: field.evidence.map((e) => ({
        quote: e.text,
        ...(e.span ? { line: e.span.line } : {}),
        note: translateNote(e.note),
      })),
    };
  }
  return {
    kind: 'provided',
    label,
    summary: 'Không có trong văn bản; được bổ sung từ tệp thông tin kèm theo.',
    details: [{ note: field.source }],
  };
}

/**
 * The parser writes its notes in English (they also serve the CLI). The recurring ones are put in
 * Vietnamese here; an unknown note is shown as it is rather than dropped.
 */
const NOTE_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^printed as “(.+)”$/, (m) => `in là “${m[1]}”`],
  [/^a place in (.+)$/, (m) => `một địa danh thuộc ${m[1]}`],
  [/^names (.+)$/, (m) => `nêu tên ${m[1]}`],
  [/^stated by the news lead$/, () => 'theo phần tin dẫn của trang đăng lại'],
  [/^the type letters “(.+)” of the number$/, (m) => `theo ký hiệu “${m[1]}” trong số hiệu`],
  [
    /^the web page this copy comes from is the site of this body$/,
    () => 'bản này lấy từ trang thông tin của cơ quan này',
  ],
  [/^the signature block$/, () => 'theo phần chữ ký'],
  [
    /^“-UBND” in a number marks a document of the provincial People’s Committee$/,
    () => 'ký hiệu “-UBND” trong số hiệu là văn bản của UBND tỉnh',
  ],
  [/^“\/TU” in a number marks a document of the Tỉnh ủy$/, () => 'ký hiệu “/TU” trong số hiệu là văn bản của Tỉnh ủy'],
  [/^only a (.+) carries a “V\/v” subject$/, (m) => `chỉ ${m[1]?.toLocaleLowerCase('vi')} mới có trích yếu “V/v”`],
  [/^the closing calls it “(.+)”$/, (m) => `phần kết gọi văn bản là “${m[1]}”`],
  [
    /^the notice reports the meeting of (.+); its own date is not printed, and a notice of conclusions is issued with the meeting's conclusions$/,
    (m) =>
      `thông báo tường thuật cuộc họp ngày ${m[1]}; ngày của thông báo không được in, và thông báo kết luận được ban hành cùng với kết luận của cuộc họp`,
  ],
  [
    /^cites a document dated (.+), so it was issued no earlier$/,
    (m) => `dẫn một văn bản ngày ${m[1]}, nên được ban hành không sớm hơn ngày đó`,
  ],
];

export function translateNote(note: string): string {
  for (const [pattern, render] of NOTE_PATTERNS) {
    const m = pattern.exec(note);
    if (m) return render(m);
  }
  return note;
}
