/**
 * The operative part as a tree. Paragraphs before the first list marker are the preamble (phần mở
 * đầu); paragraphs after the last item that hand the document over for implementation are the
 * closing (phần kết); everything between is clauses. An unmarked paragraph inside the operative part
 * continues the clause above it (Nghệ An's item 1 runs on for two paragraphs).
 */
import type { UnnamedClause as Clause } from './naming.ts';
import type { ClauseId, SourceSpan } from './schema.ts';
import type { Paragraph } from './paragraphs.ts';
import { markerOf, type Marker } from './markers.ts';
import { splitAfterAnnouncement, splitAtOrders } from './relay-sentences.ts';

/**
 * How a closing paragraph reads (seed examples):
 *   "… theo dõi, đôn đốc, hướng dẫn việc triển khai thực hiện Công văn này" (Thanh Hóa)
 *   "… có trách nhiệm chỉ đạo triển khai thực hiện tốt nội dung Thông báo kết luận này." (Hải Dương)
 *   "… khẩn trương quán triệt, cụ thể hóa và tổ chức thực hiện Chỉ thị." (Nghệ An)
 *   "Yêu cầu Thủ trưởng các sở, ban, ngành, … nghiêm túc tổ chức, triển khai, thực hiện;" (Sơn La)
 *   "(Chỉ thị này thay thế Chỉ thị số 24/CT-UBND …)./." (Sơn La)
 */
const SELF = String.raw`(?:Chỉ thị|Công văn|Công điện|Thông báo kết luận|Thông báo|Kết luận|Quyết định|Kế hoạch|Hướng dẫn|Nghị quyết)`;
const CLOSING = [
  new RegExp(String.raw`${SELF}\s+này(?!\p{L})`, 'u'),
  new RegExp(String.raw`tổ chức thực hiện\s+(?:nghiêm\s+|tốt\s+)?${SELF}(?!\p{L})`, 'u'),
  /^Yêu cầu\s+(?:Thủ trưởng|các đồng chí|Giám đốc|Chủ tịch|các cấp|các sở)/u,
  /^Nhận được\s/u,
];

export function isClosing(text: string): boolean {
  return CLOSING.some((re) => re.test(text));
}

export interface OperativePart {
  preamble: Paragraph[];
  clauses: Clause[];
  closing: Paragraph[];
}

interface Open {
  clause: Clause;
  rank: number;
  bullets: number;
  subBullets: number;
}

export interface BuildOptions {
  /** A news lead stands above the body: the lead announced the document, so the body's first
   * paragraph is a preamble only when it reads like one. */
  afterLead?: boolean;
}

export function buildClauses(paragraphs: Paragraph[], options: BuildOptions = {}): OperativePart {
  const marked = withoutStrayParts(paragraphs.map((p) => markerOf(p.text)));
  const first = marked.findIndex((m) => m !== null);
  const lastMarked = marked.findLastIndex((m) => m !== null);
  if (first < 0) return paragraphClauses(paragraphs, options.afterLead === true);

  let closingStart = paragraphs.length;
  for (let i = lastMarked + 1; i < paragraphs.length; i++) {
    if (isClosing(paragraphs[i]!.text)) {
      closingStart = i;
      break;
    }
  }

  const clauses: Clause[] = [];
  const ids = new Set<string>();
  const stack: Open[] = [];
  const top = { bullets: 0, subBullets: 0 };
  for (let i = first; i < closingStart; i++) {
    const paragraph = paragraphs[i]!;
    const marker = marked[i];
    if (!marker) {
      const current = stack.at(-1);
      if (current) extend(current.clause, paragraph);
      continue;
    }
    while (stack.length > 0 && stack.at(-1)!.rank >= marker.rank) stack.pop();
    const parent = stack.at(-1) ?? null;
    const counters = parent ?? top;
    const id = unique(ids, clauseId(marker, parent?.clause.id ?? null, counters));
    const clause: Clause = {
      id,
      kind: marker.kind,
      marker: marker.printed,
      parentId: parent?.clause.id ?? null,
      depth: stack.length,
      text: marker.rest,
      leadIn: parent?.clause.text ?? null,
      span: spanOf(paragraph),
      measures: [],
      cues: [],
    };
    clauses.push(clause);
    stack.push({ clause, rank: marker.rank, bullets: 0, subBullets: 0 });
  }
  return { preamble: paragraphs.slice(0, first), clauses, closing: paragraphs.slice(closingStart) };
}

/**
 * A Roman numeral opens a part only in a run of parts that starts at I: "V. Hình" (a photo credit
 * under a relay) or "X. …" alone is a line of text, and taking it for a part would make everything
 * above it a preamble.
 */
function withoutStrayParts(marked: Array<Marker | null>): Array<Marker | null> {
  let parts = 0;
  return marked.map((m) => {
    if (m?.kind !== 'part') return m;
    if (parts === 0 && m.label !== 'I') return null;
    parts++;
    return m;
  });
}

/**
 * How a preamble opens: the basis ("Căn cứ …", "Thực hiện chỉ đạo của …", "Thực hiện Công văn số
 * …"), the situation ("Trước tình hình …", "Thời gian qua …"), the purpose ("Để …", "Nhằm …").
 */
const PREAMBLE_OPENER =
  /^(?:Căn cứ|Thực hiện (?:chỉ đạo|ý kiến|Công văn|Công điện|Chỉ thị|Nghị quyết|Quyết định|Thông báo|Kế hoạch|Kết luận)|Trước tình hình|Trong thời gian qua|Thời gian qua|Hiện nay|Để|Nhằm)(?!\p{L})/u;

/**
 * A document with no list at all: its paragraphs are its clauses, the first one its preamble (under
 * a news lead, only when it opens like one: the lead did the announcing). A relay's paragraph is cut
 * before a sentence that relays the orders ("…. Theo đó, …"), so that the orders are a clause even
 * where they follow the announcement in the first paragraph.
 */
function paragraphClauses(unsplit: Paragraph[], afterLead: boolean): OperativePart {
  const [opening, ...others] = unsplit;
  if (opening === undefined) return { preamble: [], clauses: [], closing: [] };
  const [announcement, ...orders] = splitAtOrders(opening);
  const paragraphs = [announcement!, ...orders, ...others.flatMap(splitAtOrders)];
  const closingStart = paragraphs.findIndex((p, i) => i > 0 && isClosing(p.text));
  const end = closingStart < 0 ? paragraphs.length : closingStart;
  const opensPreamble = !afterLead || PREAMBLE_OPENER.test(paragraphs[0]!.text);
  const preamble = paragraphs.length > 1 && opensPreamble ? paragraphs.slice(0, 1) : [];
  const clauses = paragraphs.slice(preamble.length, end).map(
    (p, i): Clause => ({
      id: makeClauseId(`p${i + 1}`),
      kind: 'paragraph',
      marker: '',
      parentId: null,
      depth: 0,
      text: p.text,
      leadIn: null,
      span: spanOf(p),
      measures: [],
      cues: [],
    }),
  );
  return { preamble, clauses, closing: paragraphs.slice(end) };
}

/** Ids read like the document's own numbering: "3", "3.b", "3.-2", "I.2", "dieu-1", "-1". */
function clauseId(marker: Marker, parentId: string | null, counters: { bullets: number; subBullets: number }): string {
  const prefix = parentId ? `${parentId}.` : '';
  switch (marker.kind) {
    case 'article':
      return `${prefix}dieu-${marker.label}`;
    case 'numbered': {
      const own = marker.label.split('.').at(-1) ?? marker.label;
      return parentId && marker.label.includes('.') ? `${parentId}.${own}` : `${prefix}${marker.label}`;
    }
    case 'part':
    case 'lettered':
      return `${prefix}${marker.label}`;
    case 'bullet':
      return `${prefix}-${++counters.bullets}`;
    case 'sub-bullet':
      return `${prefix}+${++counters.subBullets}`;
  }
}

/** Numbering that restarts ("1." twice without parts) must still give distinct anchors. */
function unique(ids: Set<string>, id: string): ClauseId {
  let candidate = id;
  for (let n = 2; ids.has(candidate); n++) candidate = `${id}_${n}`;
  ids.add(candidate);
  return makeClauseId(candidate);
}

/**
 * A clause id from its spelling: the one place the brand is put on (the parser's numbering above,
 * the relay's lead, the synthetic corpus). The label a reader sees is made from the tree, never from
 * this spelling (clause-citation.ts).
 */
export function makeClauseId(id: string): ClauseId {
  return id as ClauseId;
}

function extend(clause: Clause, paragraph: Paragraph): void {
  clause.text = `${clause.text}\n${paragraph.text}`;
  clause.span = { ...clause.span, end: paragraph.lines.at(-1)!.end };
}

export function spanOf(paragraph: Paragraph): SourceSpan {
  const first = paragraph.lines[0]!;
  const last = paragraph.lines.at(-1)!;
  return {
    start: paragraph.start ?? first.start + (first.raw.length - first.raw.trimStart().length),
    end: paragraph.end ?? last.end,
    line: first.lineNo,
  };
}

/** The id of a relay's lead as a clause: "dan", for đoạn dẫn. */
export const LEAD_CLAUSE_ID = makeClauseId('dan');

/** The id of the orders a lead relays after its announcement sentence: "dan-2". */
export const LEAD_ORDERS_CLAUSE_ID = makeClauseId('dan-2');

/**
 * A relay's news lead as a clause of its own, so the measures it orders are tagged ("…, theo đó yêu
 * cầu người dân thực hiện nghiêm 5K, tạm dừng …"): a relay often states its orders only there.
 * When the orders follow the announcement as sentences of their own ("Ngày …, UBND tỉnh ban hành
 * Quyết định số … về việc …. Thực hiện giãn cách xã hội theo …"), they are a second lead clause,
 * "dan-2", so the announcement's subject is not read as the orders and the orders can be cited.
 */
export function leadClauses(paragraph: Paragraph): Clause[] {
  const [announcement, orders] = splitAfterAnnouncement(paragraph);
  const lead = leadClause(announcement!, LEAD_CLAUSE_ID);
  return orders ? [lead, leadClause(orders, LEAD_ORDERS_CLAUSE_ID)] : [lead];
}

function leadClause(paragraph: Paragraph, id: ClauseId): Clause {
  return {
    id,
    kind: 'lead',
    marker: '',
    parentId: null,
    depth: 0,
    text: paragraph.text,
    leadIn: null,
    span: spanOf(paragraph),
    measures: [],
    cues: [],
  };
}
