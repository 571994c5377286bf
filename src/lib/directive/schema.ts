/**
 * The structured form of one directive: the single source of truth for the parser's output, the
 * search documents and the pages (they derive their types from these schemas).
 *
 * Provenance is data: every field that says something about the document carries how we know it.
 * - `extracted`: printed in the text; `span` points at it (offsets into `text.normalized`).
 * - `inferred`: not printed as such, deduced; `evidence` says from what.
 * - `provided`: given by a sidecar override file (`<name>.meta.yaml`), not by the text.
 * A field we could not establish is `null`: an invented value is worse than a missing one.
 */
import { z } from 'zod';
import { calendarDay } from './calendar.ts';

/**
 * An ISO calendar date, `YYYY-MM-DD`, that exists: "2021-02-30" has the form but is no day, and
 * a sidecar or a URL giving it is refused rather than published as 30/02/2021.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `“${String(issue.input)}” is not a date of the form YYYY-MM-DD` })
  .refine(isCalendarDate, { error: (issue) => `“${String(issue.input)}” is not a day on the calendar (1945–2100)` })
  .brand<'IsoDate'>();
export type IsoDate = z.output<typeof IsoDate>;

/** Whether `YYYY-MM-DD` names a real day; the same test the parser applies to printed dates. */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  return calendarDay(day ?? 0, month ?? 0, year ?? 0) === value;
}

/**
 * An address a reader may be sent to: http or https only. A sidecar's `javascript:` or `data:`
 * URL rendered as a link would run in the reader's browser.
 */
export const HttpUrl = z.url({
  protocol: /^https?$/,
  error: (issue) => `“${String(issue.input)}” is not an http(s) address`,
});

/** A place in `text.normalized`: UTF-16 offsets and the 1-based line where it starts. */
export const SourceSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  /** Trang: the page of a PDF or scan the line is printed on (absent for text, Word and web pages). */
  page: z.number().int().positive().optional(),
});
export type SourceSpan = z.output<typeof SourceSpan>;

/** Why an inferred value is believed: a quotation from the text, where it stands, and what it shows. */
export const Evidence = z.object({
  text: z.string(),
  note: z.string(),
  span: SourceSpan.optional(),
});
export type Evidence = z.output<typeof Evidence>;

export const Provenance = z.enum(['extracted', 'inferred', 'provided']);
export type Provenance = z.output<typeof Provenance>;

/** A value with its provenance; `note` explains a reading that is not literal (e.g. a misspelt place). */
export function field<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('provenance', [
    z.object({ provenance: z.literal('extracted'), value, span: SourceSpan, note: z.string().optional() }),
    z.object({ provenance: z.literal('inferred'), value, evidence: z.array(Evidence).min(1) }),
    z.object({ provenance: z.literal('provided'), value, source: z.string() }),
  ]);
}
export type Field<T> =
  | { provenance: 'extracted'; value: T; span: SourceSpan; note?: string | undefined }
  | { provenance: 'inferred'; value: T; evidence: Evidence[] }
  | { provenance: 'provided'; value: T; source: string };

/**
 * Loại văn bản. The kinds a provincial Covid-19 directive comes as; ids are ASCII slugs of the
 * Vietnamese names (chỉ thị = directive, công văn = official letter, công điện = urgent dispatch,
 * thông báo kết luận = notice of the conclusions of a meeting, quyết định = decision, kế hoạch = plan).
 */
export const DocType = z.enum([
  'chi-thi',
  'cong-van',
  'cong-dien',
  'thong-bao-ket-luan',
  'thong-bao',
  'ket-luan',
  'nghi-quyet',
  'quyet-dinh',
  'ke-hoach',
  'huong-dan',
  'bao-cao',
  'to-trinh',
  'dien',
]);
export type DocType = z.output<typeof DocType>;

/** Cơ quan ban hành: who issued it, as a kind (for facets) and as printed. */
export const IssuerKind = z.enum([
  'ban-thuong-vu-tinh-uy',
  'thuong-truc-tinh-uy',
  'tinh-uy',
  'ubnd-tinh',
  'chu-tich-ubnd-tinh',
  'hdnd-tinh',
  'ban-chi-dao',
]);
export type IssuerKind = z.output<typeof IssuerKind>;
export const Issuer = z.object({ kind: IssuerKind, name: z.string() });
export type Issuer = z.output<typeof Issuer>;

/**
 * The ids the portal links by, as zod brands: a bare string is not one until it has been made by the
 * id's constructor (`directiveId` in parse.ts, `clauseId` in clauses.ts) or read through the schema,
 * so an id of one kind cannot be passed as another. Measure ids stay plain strings for now: branding
 * them reaches every `measures.includes(id)` of the pages and their tests.
 */
/** A directive's slug, from its file name: "nghe-an-2021-08-07-07-ct-tu" (`/van-ban/<id>`). */
export const DirectiveId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .brand<'DirectiveId'>();
export type DirectiveId = z.output<typeof DirectiveId>;
/** A clause's id inside its directive, the page anchor: "3", "3.b", "3.-2", "I.2", "dieu-1", "p1", "dan". */
export const ClauseId = z.string().min(1).brand<'ClauseId'>();
export type ClauseId = z.output<typeof ClauseId>;

export const ProvinceRef = z.object({ id: z.string(), name: z.string() });
export type ProvinceRef = z.output<typeof ProvinceRef>;

/** Người ký: name, signing capacity (T/M = on behalf of, T/L = by order of, KT = deputising) and title. */
export const Signer = z.object({
  name: z.string().nullable(),
  capacity: z.enum(['T/M', 'T/L', 'KT', 'TUQ']).nullable(),
  /** The body signed for, e.g. "BAN THƯỜNG VỤ" in "T/M BAN THƯỜNG VỤ". */
  onBehalfOf: z.string().nullable(),
  /** Chức vụ, e.g. "PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG". */
  title: z.string().nullable(),
});
export type Signer = z.output<typeof Signer>;

/** Độ khẩn: urgency printed above the subject. */
export const Urgency = z.enum(['khan', 'thuong-khan', 'hoa-toc']);
export type Urgency = z.output<typeof Urgency>;

/** How a directive relates to a document it names. */
export const CitationRelation = z.enum(['cites', 'implements', 'replaces', 'amends']);
export type CitationRelation = z.output<typeof CitationRelation>;

/** A document the directive names, e.g. "Nghị quyết số 68/NQ-CP, ngày 01/7/2021 của Chính phủ". */
export const Citation = z.object({
  /** Normalised document code key (see doc-code.ts), e.g. "68/NQ-CP"; null for an unnumbered "Điện ngày 21/7/2021". */
  key: z.string().nullable(),
  /** Số hiệu as printed, cleaned of spaces: "68/NQ-CP". */
  number: z.string().nullable(),
  docType: DocType.nullable(),
  date: IsoDate.nullable(),
  /** The issuing body as printed after "của": "Chính phủ", "Thủ tướng Chính phủ". */
  issuer: z.string().nullable(),
  relation: CitationRelation,
  /** The citing phrase as it stands in the text. */
  text: z.string(),
  span: SourceSpan,
});
export type Citation = z.output<typeof Citation>;

/**
 * How a clause is marked. `lead`: a relay's news lead ("UBND tỉnh ban hành Công văn … yêu cầu …"),
 * not part of the document but often the only place a page states its orders; id "dan" (đoạn dẫn).
 */
export const ClauseKind = z.enum([
  'part',
  'article',
  'numbered',
  'lettered',
  'bullet',
  'sub-bullet',
  'paragraph',
  'lead',
]);
export type ClauseKind = z.output<typeof ClauseKind>;

export const CueHit = z.object({ measure: z.string(), cue: z.string(), start: z.number(), end: z.number() });
export type CueHit = z.output<typeof CueHit>;
/** A measure implied by a central document the clause applies ("theo Chỉ thị 16/CT-TTg"): `by` is its code. */
export const ImpliedMeasure = z.object({ measure: z.string(), by: z.string(), start: z.number(), end: z.number() });
export type ImpliedMeasure = z.output<typeof ImpliedMeasure>;

/**
 * A moment a period starts or ends: a day, `YYYY-MM-DD`, or a day and the hour printed with it,
 * `YYYY-MM-DDTHH:MM` ("từ 0 giờ ngày 02/8/2021" → "2021-08-02T00:00"). The day must be a real one.
 */
export const InForceMoment = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/, {
    error: (issue) => `“${String(issue.input)}” is not a moment of the form YYYY-MM-DD or YYYY-MM-DDTHH:MM`,
  })
  .refine((value) => isCalendarDate(value.slice(0, 10)), {
    error: (issue) => `“${String(issue.input)}” is not a day on the calendar (1945–2100)`,
  });
export type InForceMoment = z.output<typeof InForceMoment>;

/**
 * Hiệu lực: when a directive or one clause of it is in force, as the text states it. `to` is the
 * **last day in force** ("đến hết ngày 15/8/2021" → 2021-08-15; "trong vòng 14 ngày kể từ 0 giờ
 * ngày 2/8" → 2021-08-15). "Kể từ ngày ký" gives `from` = the date of issue, *inferred*. A period
 * that only reports the situation ("từ ngày 27/4 đến ngày 22/7 đã ghi nhận 67 ca") is no period in
 * force. Each part is null when the text does not state it: an unknown end is open, never guessed.
 */
export const InForce = z.object({
  /** Từ ngày / kể từ: the first moment in force. */
  from: field(InForceMoment).nullable(),
  /** Đến hết ngày: the last day (or moment) in force. */
  to: field(InForceMoment).nullable(),
  /** "Cho đến khi có thông báo mới" / "cho đến khi có văn bản thay thế": open by its own words. */
  untilFurtherNotice: field(z.boolean()).nullable(),
  /** Phạm vi: the districts or communes named ("trên địa bàn huyện Nghi Xuân"); null = the whole province. */
  scope: field(z.array(z.string()).min(1)).nullable(),
});
export type InForce = z.output<typeof InForce>;

/**
 * How this directive acts on another it names. `replaces` (thay thế), `amends` (sửa đổi, bổ sung),
 * `extends` (tiếp tục thực hiện … đến hết ngày, gia hạn), `lifts` (bãi bỏ, chấm dứt, kết thúc
 * giãn cách theo …), `implements` (triển khai, thực hiện, áp dụng). Citing a document as a basis
 * ("Căn cứ …") is none of these: it stays a citation only.
 */
export const RelationType = z.enum(['replaces', 'amends', 'extends', 'lifts', 'implements']);
export type RelationType = z.output<typeof RelationType>;
export const Relation = z.object({
  type: RelationType,
  /** The target's number as printed, cleaned of spaces: "24/CT-UBND". */
  target: z.string().min(1),
  /** Its doc-code key (doc-code.ts), for resolving it in the corpus; null when it cannot be keyed. */
  targetKey: z.string().nullable(),
  /** The target's kind and date when printed beside its number ("Chỉ thị số 24/CT-UBND ngày 24/7/2021"). */
  targetDocType: DocType.nullable(),
  targetDate: IsoDate.nullable(),
  /** For `extends`: the new last day in force ("tiếp tục thực hiện … đến hết ngày 25/8/2021"). */
  until: InForceMoment.nullable(),
  /** The clause the relation is stated in; null for the preamble, the lead or the closing. */
  clauseId: ClauseId.nullable(),
  /** The phrase as it stands in the text. */
  text: z.string(),
  span: SourceSpan,
});
export type Relation = z.output<typeof Relation>;

/**
 * Numeric parameters a clause sets. Units: `people` (max_gathering), `m` (min_distance), `%`
 * (capacity_pct, max_passengers_pct), `days` (quarantine_days, test_interval_days), `hour`
 * (curfew_from, curfew_to: 18 for "18 giờ", 18.5 for "18 giờ 30").
 */
export const ParameterKind = z.enum([
  'max_gathering',
  'min_distance',
  'capacity_pct',
  'quarantine_days',
  'test_interval_days',
  'curfew_from',
  'curfew_to',
  'max_passengers_pct',
]);
export type ParameterKind = z.output<typeof ParameterKind>;
export const ParameterUnit = z.enum(['people', 'm', '%', 'days', 'hour']);
export type ParameterUnit = z.output<typeof ParameterUnit>;
/**
 * One parameter: `extracted` from the clause's words ("không tập trung quá 10 người", "mười người"),
 * with the span of the words; or `inferred` from a central template the clause applies (its evidence).
 */
export const Parameter = z.discriminatedUnion('provenance', [
  z.object({
    provenance: z.literal('extracted'),
    kind: ParameterKind,
    value: z.number(),
    unit: ParameterUnit,
    text: z.string(),
    span: SourceSpan,
  }),
  z.object({
    provenance: z.literal('inferred'),
    kind: ParameterKind,
    value: z.number(),
    unit: ParameterUnit,
    evidence: z.array(Evidence).min(1),
  }),
]);
export type Parameter = z.output<typeof Parameter>;

/** One item of the operative part (phần nội dung): "3.", "a)", "- …", with its place in the tree. */
export const Clause = z.object({
  /** Stable id, usable as a URL anchor: "3", "3.b", "3.-2", "I.2", "dieu-1", "p1", "dan" (a news lead). */
  id: ClauseId,
  kind: ClauseKind,
  /** The marker as printed: "3.", "1-", "b)", "-", "Điều 2.". */
  marker: z.string(),
  parentId: ClauseId.nullable(),
  depth: z.number().int().nonnegative(),
  /** The clause's own text, cleaned, without its marker and without its children. */
  text: z.string(),
  /** The parent's lead-in ("… chú trọng các công việc sau:") that a child completes; null at the top. */
  leadIn: z.string().nullable(),
  span: SourceSpan,
  /** Measure ids (content/measures.yaml) this clause orders: cued or implied. */
  measures: z.array(z.string()),
  cues: z.array(CueHit),
  /** Measures implied by a central document it applies, apart from cue matches; absent before tagging. */
  implied: z.array(ImpliedMeasure).optional(),
  /**
   * Cues of the parent's lead-in this clause completes ("Xét nghiệm cho các đối tượng sau:" → a)
   * "người có biểu hiện ho, sốt" orders testing too), offsets into `leadIn`; absent when none fired.
   */
  leadInCues: z.array(CueHit).optional(),
  /** This clause's own period when it states one; null = the directive's (`Directive.inForce`). */
  inForce: InForce.nullable(),
  /** The numbers it sets: "không quá 10 người", "cách ly tập trung 21 ngày". */
  parameters: z.array(Parameter),
  /**
   * Where the clause stands, innermost level first, as every page, hit, CSV row and citation names it:
   * "Mục 3", "Điểm b, Mục 3", "Gạch đầu dòng thứ 2, Mục 3", "Đoạn tin dẫn" (naming.ts, from the tree).
   */
  label: z.string().min(1),
});
export type Clause = z.output<typeof Clause>;

export const WarningCode = z.enum([
  'no-header',
  'no-number',
  'no-date',
  'date-inferred',
  'no-doc-type',
  'no-issuer',
  'no-province',
  'province-inferred',
  'place-misspelt',
  'no-clauses',
  'cites-later-document',
  'source',
  'override',
  'period-ambiguous',
]);
export type WarningCode = z.output<typeof WarningCode>;
export const ParseWarning = z.object({
  code: WarningCode,
  message: z.string(),
  line: z.number().int().positive().optional(),
});
export type ParseWarning = z.output<typeof ParseWarning>;

export const DateBound = z.object({ value: IsoDate, evidence: z.array(Evidence).min(1) });
export const DateBounds = z.object({ notBefore: DateBound.nullable(), notAfter: DateBound.nullable() });
export type DateBounds = z.output<typeof DateBounds>;

/**
 * How the text was obtained from the file: read as text, from a PDF's text layer, by OCR of a scan
 * (Tesseract), from Word (.docx/.doc), or from a saved web page. A PDF with some scanned pages is
 * `pdf` with those pages in `ocr.pages`.
 */
export const Extraction = z.object({
  extractor: z.enum(['text', 'pdf', 'ocr', 'docx', 'doc', 'html']),
  /** Số trang of a PDF or scan. */
  pageCount: z.number().int().positive().optional(),
  /** Pages read by OCR, and Tesseract's mean word confidence over them (0–100). */
  ocr: z
    .object({
      engine: z.literal('tesseract'),
      pages: z.array(z.number().int().positive()),
      meanConfidence: z.number().min(0).max(100),
    })
    .optional(),
  /** What a saved web page says about itself: evidence about the copy, never the directive's own facts. */
  webPage: z
    .object({
      /** Canonical URL of the page; it fills `sourceUrl` unless an override provides one. */
      url: z.string().nullable(),
      /** The tag the URL was read from: "link rel=canonical", "og:url". */
      urlFrom: z.string().nullable(),
      title: z.string().nullable(),
      /** Ngày đăng: when the portal posted the page, as printed; not the directive's date. */
      published: z.string().nullable(),
      siteName: z.string().nullable(),
    })
    .optional(),
});
export type Extraction = z.output<typeof Extraction>;

/**
 * Phạm vi: whether the document is a province's Covid-19 document (issue 20, item 4), decided after
 * tagging (src/lib/scope/). `level`: who issued it, from its own number and header only — `central`
 * (Thủ tướng, Chính phủ, a Bộ, the Party's central organs: a template, never given a province) or
 * `provincial`; null when neither says. `covid`: whether it is about Covid-19, from how much of its
 * operative text speaks of the epidemic; a document that is not carries no measure tags. `kind`
 * sums both up for lists and filters: `off-topic` when not about Covid-19, else `central` or
 * `provincial` (a Covid-19 document whose issuer is not read as central).
 */
export const Scope = z.object({
  kind: z.enum(['provincial', 'central', 'off-topic']),
  level: z.enum(['provincial', 'central']).nullable(),
  covid: z.boolean(),
  evidence: z.array(Evidence),
});
export type Scope = z.output<typeof Scope>;

export const Directive = z.object({
  /** The stable slug every part of the portal uses for it (from the file name). */
  id: DirectiveId,
  /** The source file, relative to the project root, or to the folder ingested when outside it: never absolute. */
  file: z.string(),
  /** Tỉnh / thành phố. */
  province: field(ProvinceRef).nullable(),
  /** Loại văn bản. */
  docType: field(DocType).nullable(),
  /** Số hiệu, e.g. "07-CT/TU". */
  number: field(z.string()).nullable(),
  /** Cơ quan ban hành. */
  issuer: field(Issuer).nullable(),
  /** Ngày ban hành. */
  date: field(IsoDate).nullable(),
  /** When no date is printed: the bounds the text implies (e.g. not before a cited resolution). */
  dateBounds: DateBounds.nullable(),
  /** Địa danh as printed in "Thanh Hóa, ngày …" (may be misspelt: "Hung Yên"). */
  place: field(z.string()).nullable(),
  /** Trích yếu: "V/v …", "Về …", or the title in capitals. */
  subject: field(z.string()).nullable(),
  /** Độ khẩn. */
  urgency: field(Urgency).nullable(),
  /** Kính gửi. */
  recipients: field(z.array(z.string())).nullable(),
  /** Người ký. */
  signer: field(Signer).nullable(),
  /** Nơi nhận. */
  distribution: field(z.array(z.string())).nullable(),
  /** A web page's headline and news lead, when the text is a repost; not part of the directive. */
  lead: z.string().nullable(),
  /** Phần mở đầu: the situation and legal basis before the operative part. */
  preamble: z.string(),
  clauses: z.array(Clause),
  /** Phần kết: who implements and follows up, after the operative part. */
  closing: z.string(),
  citations: z.array(Citation),
  /** Hiệu lực of the whole directive, as stated; null when the text states nothing about it. */
  inForce: InForce.nullable(),
  /** What it does to the documents it names: replaces, amends, extends, lifts, implements. */
  relations: z.array(Relation),
  /** Measure ids ordered anywhere in the directive, in taxonomy order. */
  measures: z.array(z.string()),
  /** Phạm vi: province or centre, about Covid-19 or not, with the evidence; absent before ingest reads it. */
  scope: Scope.optional(),
  /** A source URL given by an override, else a saved web page's canonical URL (see `extraction.webPage`); http(s) only. */
  sourceUrl: HttpUrl.nullable(),
  /** How the text was obtained (absent on directives built before formats were read). */
  extraction: Extraction.optional(),
  text: z.object({
    /** The decoded text exactly as received, for display. */
    original: z.string(),
    /** After the text module's normaliser; spans point into this. */
    normalized: z.string(),
    encoding: z.string(),
  }),
  /** Generated for scale work, never shown on the default site. */
  synthetic: z.boolean(),
  warnings: z.array(ParseWarning),
  // Presentation facts: computed once from the fields above (naming.ts) when the directive is built,
  // and stored, so that the index, the pages, the CSV, the CLI and the comparison read them and never
  // derive them again.
  /** Tên văn bản: "Chỉ thị số 07-CT/TU"; "Chỉ thị (không số)" without a number (doc-types.ts documentName). */
  documentName: z.string().min(1),
  /** Cơ quan ban hành completed with its province: "Ban Thường vụ Tỉnh ủy Nghệ An"; null when no issuer is known. */
  issuerName: z.string().nullable(),
  /**
   * The document's part of every citation of it, provenance marks included:
   * "Chỉ thị số 07-CT/TU ngày 07/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An" (clause-citation.ts).
   */
  citation: z.string().min(1),
});
export type Directive = z.output<typeof Directive>;
