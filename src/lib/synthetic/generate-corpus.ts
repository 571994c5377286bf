/**
 * A seeded synthetic corpus for scale work: N directives from the 63 provinces of 2020–2022, dated
 * 2020–2022, each about 20 clauses made by recombining and varying the seed directives' clauses
 * (5,000 directives ≈ 100,000 clauses). Every directive is marked `synthetic: true` with an id
 * starting `synthetic-`, so the default site never shows one; they are valid `Directive`s whose
 * measures come from the real tagger, so benchmarks exercise the real pipeline.
 *
 * Directive i depends only on (seed, i): the corpus of 500 is the first 500 of the corpus of 5,000.
 */
import { loadCorpus } from '../corpus/load.ts';
import { DirectiveId, type Directive, type DocType, type IsoDate, type IssuerKind } from '../directive/schema.ts';
import { listProvinces } from '../provinces/index.ts';
import type { Province } from '../provinces/types.ts';
import { nameDirective, type UnnamedDirective } from '../directive/naming.ts';
import { tagDirective } from '../measures/tag-directive.ts';
import { layOut, type DraftClause } from './assemble.ts';
import { Random } from './prng.ts';
import { buildSeedPool, relocate, type SeedPool } from './seed-pool.ts';
import { varyClause } from './variations.ts';
import { inForceDraft, type EarlierDocument } from './in-force-clauses.ts';
import { readInForce } from '../periods/index.ts';

export interface SyntheticCorpusOptions {
  directives: number;
  seed: number;
  /** The directives to recombine; the ingested corpus by default. */
  sources?: readonly Directive[];
  /** Clauses per directive (top-level and points together), about; default 20. */
  clausesPerDirective?: number;
}

/** The Covid-19 years, as days since the epoch: 23/1/2020 (first case) to 31/12/2022. */
const FIRST_DAY = Date.UTC(2020, 0, 23) / 86_400_000;
const LAST_DAY = Date.UTC(2022, 11, 31) / 86_400_000;

interface Template {
  issuer: IssuerKind;
  docType: DocType;
  /** Type and agency letters of the document code, party style ("CT/TU") or state style ("CT-UBND"). */
  code: (n: number, party: boolean) => string;
}

const TEMPLATES: readonly Template[] = [
  { issuer: 'ban-thuong-vu-tinh-uy', docType: 'chi-thi', code: (n) => `${pad(n)}-CT/TU` },
  { issuer: 'ban-thuong-vu-tinh-uy', docType: 'cong-van', code: (n) => `${n}-CV/TU` },
  { issuer: 'ban-thuong-vu-tinh-uy', docType: 'thong-bao-ket-luan', code: (n) => `${n}-TB/TU` },
  { issuer: 'chu-tich-ubnd-tinh', docType: 'chi-thi', code: (n) => `${pad(n)}/CT-UBND` },
  { issuer: 'chu-tich-ubnd-tinh', docType: 'cong-dien', code: (n) => `${pad(n)}/CĐ-UBND` },
  { issuer: 'ubnd-tinh', docType: 'cong-van', code: (n) => `${n}/UBND-KGVX` },
];

const SUBJECTS = [
  'Về việc tăng cường các biện pháp phòng, chống dịch Covid-19',
  'Về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19 trong tình hình mới',
  'V/v tiếp tục đẩy mạnh công tác phòng, chống dịch bệnh Covid-19 trên địa bàn tỉnh',
  'Về việc thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19',
];

export function generateSyntheticCorpus(options: SyntheticCorpusOptions): Directive[] {
  const sources = options.sources ?? loadCorpus().filter((d) => !d.synthetic);
  const provinces = listProvinces();
  const pool = buildSeedPool(sources, new Map(provinces.map((p) => [p.id, p])));
  if (pool.blocks.length === 0) throw new Error('no seed clauses to build a synthetic corpus from');
  const perDirective = options.clausesPerDirective ?? 20;
  // Directive i - 63 is the same province's previous one: the document i may replace, extend or lift.
  const earlier = (i: number): EarlierDocument | null => {
    if (i < provinces.length) return null;
    const { template, date, number } = identity(Random.forItem(options.seed, i - provinces.length));
    return { name: DOC_NAMES[template.docType] ?? 'Văn bản', number, date };
  };
  return Array.from({ length: options.directives }, (_, i) =>
    tagDirective(
      syntheticDirective(i, Random.forItem(options.seed, i), pool, provinces, perDirective, (date, province) =>
        inForceDraft(options.seed, i, date, province, earlier(i)),
      ),
    ),
  );
}

/** The first draws of directive i's stream: its template, date and number. */
function identity(random: Random): { template: Template; date: IsoDate; number: string } {
  const template = random.pick(TEMPLATES);
  const date = isoDate(random.int(FIRST_DAY, LAST_DAY));
  const party = template.issuer === 'ban-thuong-vu-tinh-uy';
  return { template, date, number: template.code(random.int(1, party ? 60 : 2000), party) };
}

const DOC_NAMES: Partial<Record<DocType, string>> = {
  'chi-thi': 'Chỉ thị',
  'cong-van': 'Công văn',
  'thong-bao-ket-luan': 'Thông báo kết luận',
  'cong-dien': 'Công điện',
};

function syntheticDirective(
  index: number,
  random: Random,
  pool: SeedPool,
  provinces: readonly Province[],
  perDirective: number,
  inForce: (date: IsoDate, province: Province) => ReturnType<typeof inForceDraft>,
): Directive {
  const province = provinces[index % provinces.length]!;
  const { template, date, number } = identity(random);
  const party = template.issuer === 'ban-thuong-vu-tinh-uy';
  const city = province.kind === 'thành phố';
  const issuerName = party
    ? `Ban Thường vụ ${city ? 'Thành ủy' : 'Tỉnh ủy'}`
    : template.issuer === 'chu-tich-ubnd-tinh'
      ? `Chủ tịch UBND ${province.kind}`
      : `UBND ${province.kind}`;
  const docLabel = DOC_TITLES[template.docType] ?? 'CHỈ THỊ';
  const [year, month, day] = date.split('-').map(Number);
  const place = province.name.replace(/^TP\.\s*/u, '');
  const subject = random.pick(SUBJECTS);
  const header = [
    `${party ? (city ? 'THÀNH ỦY' : 'TỈNH ỦY') : `ỦY BAN NHÂN DÂN ${province.kind.toUpperCase()}`} ${place.toUpperCase()}`,
    `Số: ${number}`,
    `${place}, ngày ${day} tháng ${month} năm ${year}`,
    docLabel,
    subject,
  ];
  const preamble = `Thực hiện chỉ đạo của Trung ương về công tác phòng, chống dịch Covid-19, ${issuerName} ${place} yêu cầu:`;
  const stated = inForce(date, province);
  const closing = [
    `Các cơ quan, đơn vị, địa phương tổ chức thực hiện nghiêm ${docLabel.charAt(0)}${docLabel.slice(1).toLowerCase()} này.`,
    ...(stated.closing ? [stated.closing] : []),
  ].join(' ');
  const drafts = [...draftClauses(random, pool, province, perDirective), ...stated.clauses];
  const layout = layOut(header, preamble, drafts, closing);
  const provided = <T>(value: T) => ({ provenance: 'provided' as const, value, source: 'synthetic' });
  const id = `synthetic-${String(index + 1).padStart(5, '0')}-${province.id}`;
  const directive: UnnamedDirective = {
    id: DirectiveId.parse(id),
    file: `synthetic/${id}.txt`,
    province: provided({ id: province.id, name: province.name }),
    docType: provided(template.docType),
    number: provided(number),
    issuer: provided({ kind: template.issuer, name: issuerName }),
    date: provided(date),
    dateBounds: null,
    place: provided(place),
    subject: provided(subject),
    urgency: null,
    recipients: null,
    signer: null,
    distribution: null,
    lead: null,
    preamble,
    clauses: layout.clauses,
    closing,
    citations: [],
    measures: [],
    sourceUrl: null,
    text: { original: layout.text, normalized: layout.text, encoding: 'utf-8' },
    synthetic: true,
    warnings: [],
  };
  // The periods stage reads the generated text as the parser's would be read: from the preamble on.
  return nameDirective(readInForce(directive, bodyLines(layout.text, header.length)));
}

/** The text's lines after the header, with their offsets and line numbers. */
function bodyLines(text: string, headerLines: number): Array<{ text: string; offset: number; line: number }> {
  const lines: Array<{ text: string; offset: number; line: number }> = [];
  let offset = 0;
  text.split('\n').forEach((line, i) => {
    if (i >= headerLines && line !== '') lines.push({ text: line, offset, line: i + 1 });
    offset += line.length + 1;
  });
  return lines;
}

const DOC_TITLES: Partial<Record<DocType, string>> = {
  'chi-thi': 'CHỈ THỊ',
  'cong-van': 'CÔNG VĂN',
  'thong-bao-ket-luan': 'THÔNG BÁO KẾT LUẬN',
  'cong-dien': 'CÔNG ĐIỆN',
};

/** Blocks of seed clauses, varied, until the directive has about `target` clauses. */
function draftClauses(random: Random, pool: SeedPool, province: Province, perDirective: number): DraftClause[] {
  const target = random.int(Math.round(perDirective * 0.6), Math.round(perDirective * 1.4));
  const drafts: DraftClause[] = [];
  let count = 0;
  const vary = (text: string, from: Province | null) => {
    // A borrowed part is moved to the new province first: it may name its own seed's places.
    const donor = random.pick(pool.texts);
    const borrowed = relocate(donor.text, donor.province, province, random);
    return relocate(varyClause(text, random, borrowed), from, province, random);
  };
  for (const block of random.shuffle(pool.blocks)) {
    if (count >= target) break;
    const kept = block.children.filter(() => random.chance(0.8));
    const heading = block.children.length > 0;
    drafts.push({
      kind: 'numbered',
      // A heading ("Giao Công an tỉnh") is kept as written: it names who acts, not an instruction.
      text: heading
        ? relocate(block.head.text, block.province, province, random)
        : vary(block.head.text, block.province),
      children: kept.map((child) => ({
        kind: child.kind === 'lettered' ? 'lettered' : 'bullet',
        text: vary(child.text, block.province),
      })),
    });
    count += 1 + kept.length;
  }
  return drafts;
}

function isoDate(day: number): IsoDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
