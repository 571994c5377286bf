/**
 * The relevance suite on the five seed directives: what a reader types, and the clauses that must
 * come back in the first k hits. Used by tests/integration/search-relevance.test.ts (pass/fail)
 * and tests/bench/search-relevance.bench.ts (MRR and nDCG@10 against plain Meilisearch).
 *
 * Expected clauses were read off the seed texts, not off this search's output: each is a clause
 * that answers the query. `relevant` lists every clause that answers it, for nDCG; `mustFind` (a
 * subset, default all of `relevant`) must each be within the top `k`.
 */
import type { SearchParams } from '../../src/lib/search/query.ts';

const HD = 'hai-duong-2020-08-28-tbkl-ban-thuong-vu';
const HY = 'hung-yen-2021-05-08-261-cv-tu';
const NA = 'nghe-an-2021-08-07-07-ct-tu';
const SL = 'son-la-2021-ct-ubnd-thay-the-24';
const TH = 'thanh-hoa-2021-07-22-329-cv-tu';

export type QueryKind = 'diacritics' | 'bare' | 'phrase' | 'code' | 'synonym' | 'typo' | 'filter' | 'words';

export interface RelevanceCase {
  kind: QueryKind;
  /** Why this query is in the suite. */
  why: string;
  params: SearchParams;
  /** "directive#clauseId" of every clause that answers the query, best first. */
  relevant: string[];
  /** Those that must be in the top k (default: all of `relevant`). */
  mustFind?: string[];
  k: number;
}

export const SEED_QUERIES: RelevanceCase[] = [
  // Typed with diacritics: the exact spelling first.
  {
    kind: 'diacritics',
    why: '"tính" (nature), not "tỉnh"',
    params: { q: 'tính chủ động' },
    relevant: [`${HD}#2`],
    k: 1,
  },
  {
    kind: 'diacritics',
    why: 'a case, not "các bệnh viện"',
    params: { q: 'ca bệnh' },
    relevant: [`${HD}#5.-2`, `${HY}#1`, `${HD}#mo-dau`, `${HY}#mo-dau`],
    mustFind: [`${HD}#5.-2`, `${HY}#1`],
    k: 4,
  },
  { kind: 'diacritics', why: 'the capitalised Party', params: { q: 'Đảng bộ tỉnh' }, relevant: [`${NA}#6`], k: 3 },
  {
    kind: 'diacritics',
    why: '"đang" (ongoing), not "Đảng"',
    params: { q: 'đang có dịch' },
    relevant: [`${NA}#3.-3`],
    k: 3,
  },
  {
    kind: 'diacritics',
    why: 'a multi-word instruction',
    params: { q: 'cách ly tập trung' },
    relevant: [`${NA}#2.-3`, `${HD}#mo-dau`, `${HD}#3`],
    k: 5,
  },
  {
    kind: 'diacritics',
    why: 'an elderly-first vaccination order',
    params: { q: 'tiêm chủng người cao tuổi' },
    relevant: [`${SL}#3.b`],
    k: 1,
  },
  { kind: 'diacritics', why: 'school openings', params: { q: 'khai giảng năm học' }, relevant: [`${HD}#5.-4`], k: 1 },
  {
    kind: 'diacritics',
    why: 'returnees from other provinces',
    params: { q: 'người từ ngoại tỉnh trở về' },
    relevant: [`${NA}#3.-3`],
    k: 3,
  },
  {
    kind: 'diacritics',
    why: 'the election under Covid',
    params: { q: 'bầu cử đại biểu Quốc hội' },
    relevant: [`${HY}#2`, `${HY}#3`, `${HY}#mo-dau`],
    mustFind: [`${HY}#2`],
    k: 3,
  },
  {
    kind: 'diacritics',
    why: 'a lightning-fast tracing order',
    params: { q: 'thần tốc truy vết' },
    relevant: [`${SL}#9.c`],
    k: 1,
  },
  // Typed without diacritics: every spelling.
  {
    kind: 'bare',
    why: 'bare "tinh" must still reach tính',
    params: { q: 'tinh chu dong' },
    relevant: [`${HD}#2`],
    k: 3,
  },
  {
    kind: 'bare',
    why: 'a bare multi-word instruction',
    params: { q: 'cach ly tap trung' },
    relevant: [`${NA}#2.-3`, `${HD}#mo-dau`, `${HD}#3`],
    k: 5,
  },
  { kind: 'bare', why: 'bare, on a phone', params: { q: 'nhiem vu kep' }, relevant: [`${HD}#2`], k: 1 },
  { kind: 'bare', why: 'bare place word', params: { q: 'chot kiem dich' }, relevant: [`${TH}#3.-6`, `${HD}#4`], k: 3 },
  {
    kind: 'bare',
    why: 'bare, the community Covid teams',
    params: { q: 'to covid cong dong' },
    relevant: [`${SL}#11.b`],
    k: 3,
  },
  // Phrases.
  {
    kind: 'phrase',
    why: 'home quarantine, as a phrase',
    params: { q: '"cách ly tại gia đình"' },
    relevant: [`${TH}#3.-2`, `${HD}#mo-dau`],
    k: 2,
  },
  {
    kind: 'phrase',
    why: 'a slogan in quotes',
    params: { q: '"ngoài chặt, trong lỏng"' },
    relevant: [`${SL}#11.c`],
    k: 1,
  },
  {
    kind: 'phrase',
    why: 'the four on-the-spot',
    params: { q: '"4 tại chỗ"' },
    relevant: [`${NA}#3.-2`, `${SL}#2`, `${HD}#1`, `${TH}#2`],
    mustFind: [`${NA}#3.-2`],
    k: 4,
  },
  // Codes: bearers and citers, however the code is written.
  {
    kind: 'code',
    why: 'a citer of the PM’s directive 16',
    params: { q: '16/CT-TTg' },
    relevant: [`${TH}#mo-dau`],
    k: 1,
  },
  { kind: 'code', why: 'the popular name of 16/CT-TTg', params: { q: 'Chỉ thị 16' }, relevant: [`${TH}#mo-dau`], k: 1 },
  { kind: 'code', why: 'resolution 68 cited in a clause', params: { q: '68/NQ-CP' }, relevant: [`${NA}#2.-7`], k: 1 },
  { kind: 'code', why: 'resolution 68 by name', params: { q: 'nghị quyết 68' }, relevant: [`${NA}#2.-7`], k: 1 },
  { kind: 'code', why: 'resolution 128 in a preamble', params: { q: '128/NQ-CP' }, relevant: [`${SL}#mo-dau`], k: 1 },
  { kind: 'code', why: 'the bearer of 329-CV/TU', params: { q: '329-CV/TU' }, relevant: [`${TH}#mo-dau`], k: 1 },
  { kind: 'code', why: 'Party style', params: { q: '07-CT/TU' }, relevant: [`${NA}#mo-dau`], k: 1 },
  { kind: 'code', why: 'state style of the same code', params: { q: '07/CT-TU' }, relevant: [`${NA}#mo-dau`], k: 1 },
  { kind: 'code', why: 'the short form readers use', params: { q: 'CT 07' }, relevant: [`${NA}#mo-dau`], k: 1 },
  {
    kind: 'code',
    why: 'the directive Sơn La replaces',
    params: { q: '24/CT-UBND' },
    relevant: [`${SL}#phan-ket`],
    k: 1,
  },
  { kind: 'code', why: 'a Party report code with Đ', params: { q: '109-BC/BCSĐ' }, relevant: [`${HY}#mo-dau`], k: 1 },
  // Synonyms (content/search/synonyms.yaml).
  {
    kind: 'synonym',
    why: 'vaccine = vắc xin = vắc-xin',
    params: { q: 'vaccine' },
    relevant: [`${SL}#3.b`, `${NA}#2.-5`, `${TH}#3.-5`, `${HY}#1`, `${SL}#2`, `${SL}#mo-dau`],
    mustFind: [`${SL}#3.b`, `${NA}#2.-5`, `${TH}#3.-5`],
    k: 6,
  },
  { kind: 'synonym', why: 'oxy = ô xy', params: { q: 'oxy' }, relevant: [`${SL}#3.a`], k: 1 },
  {
    kind: 'synonym',
    why: 'F0 = người nhiễm',
    params: { q: 'quản lý người nhiễm' },
    relevant: [`${SL}#9.a`, `${SL}#10`],
    mustFind: [`${SL}#9.a`],
    k: 3,
  },
  {
    kind: 'synonym',
    why: '5K and its parts',
    params: { q: '5K' },
    relevant: [`${TH}#3.-1`, `${SL}#2`, `${SL}#11.b`, `${HY}#mo-dau`],
    mustFind: [`${TH}#3.-1`],
    k: 4,
  },
  { kind: 'synonym', why: 'BCĐ = Ban Chỉ đạo', params: { q: 'BCĐ quốc gia' }, relevant: [`${TH}#3.-5`], k: 3 },
  // Typos a Vietnamese reader makes: a wrong or missing mark.
  {
    kind: 'typo',
    why: 'wrong tone on vùng',
    params: { q: 'khoanh vừng' },
    relevant: [`${HD}#5.-2`, `${HY}#1`, `${HD}#mo-dau`],
    mustFind: [`${HD}#5.-2`],
    k: 3,
  },
  { kind: 'typo', why: 'half the marks missing', params: { q: 'ma QR can cước' }, relevant: [`${SL}#9.a`], k: 1 },
  // Filters.
  {
    kind: 'filter',
    why: 'one province',
    params: { q: 'cách ly', provinces: ['thanh-hoa'] },
    relevant: [`${TH}#3.-2`, `${TH}#3.-3`],
    mustFind: [`${TH}#3.-2`],
    k: 3,
  },
  {
    kind: 'filter',
    why: 'one measure',
    params: { q: 'tiêm', measures: ['vaccination'] },
    relevant: [`${SL}#3.b`, `${NA}#2.-5`, `${TH}#3.-5`, `${HY}#1`],
    mustFind: [`${SL}#3.b`, `${NA}#2.-5`],
    k: 4,
  },
  {
    kind: 'filter',
    why: 'a date range',
    params: { q: 'phong tỏa', from: '2021-07-01', to: '2021-12-31' },
    relevant: [`${NA}#2.-3`],
    k: 1,
  },
  {
    kind: 'filter',
    why: 'a document type',
    params: { q: 'dư luận', types: ['cong-van'] },
    relevant: [`${TH}#4`],
    k: 1,
  },
  // Plain words.
  {
    kind: 'words',
    why: 'a department named in full',
    params: { q: 'Sở Giao thông vận tải' },
    relevant: [`${SL}#4`, `${SL}#8`, `${SL}#9.d`],
    mustFind: [`${SL}#4`],
    k: 3,
  },
  { kind: 'words', why: 'household registration', params: { q: 'hộ khẩu' }, relevant: [`${SL}#6`], k: 1 },
];

/** "directive#clauseId" of a hit. */
export const hitKey = (hit: { directive: string; clauseId: string }): string => `${hit.directive}#${hit.clauseId}`;

/** The queries whose top 3 must all hold exactly the spelling typed (the acceptance test). */
export const EXACT_SPELLING_QUERIES = ['tính', 'ca bệnh', 'Đảng', 'đang'];
