import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import { ClauseKind, type Clause, type Directive } from '../../../src/lib/directive/schema.ts';
import { tagDirective } from '../../../src/lib/measures/tag-directive.ts';
import { makeClauseId } from '../../../src/lib/directive/clauses.ts';

const ORDERS =
  'Theo đó, người dân thực hiện nghiêm nguyên tắc “ai ở đâu ở đó”; tạm dừng hoạt động các chợ truyền thống; ' +
  'đẩy nhanh tiêm chủng và xét nghiệm diện rộng; áp dụng giãn cách xã hội theo Chỉ thị số 16/CT-TTg.';

/** A relay as the project writes one: a headline, a lead, and the orders in one long paragraph. */
const RELAY = `UBND TỈNH YÊU CẦU GIÃN CÁCH XÃ HỘI TOÀN TỈNH
Ngày 12/7/2021, UBND tỉnh ban hành Công văn số 1845/UBND-KGVX về việc phòng, chống dịch COVID-19 trên địa bàn thành phố.
${ORDERS}
`;

function clauseOf(kind: string, id: string, text: string): Clause {
  const span = { start: 0, end: text.length, line: 1 };
  return {
    id: makeClauseId(id),
    kind: kind as ClauseKind,
    marker: '',
    parentId: null,
    depth: 0,
    text,
    leadIn: null,
    span,
    measures: [],
    cues: [],
    inForce: null,
    parameters: [],
    label: id,
  };
}

describe('tagDirective', () => {
  test('tags every clause kind, a relay\'s lead ("lead") and a one-paragraph body included', () => {
    const kinds = [...new Set<string>([...ClauseKind.options, 'lead'])];
    const base = parseDirective({ file: 'relay.txt', text: RELAY });
    const directive: Directive = { ...base, clauses: kinds.map((kind, i) => clauseOf(kind, `c${i}`, ORDERS)) };
    for (const clause of tagDirective(directive).clauses) {
      expect(clause.measures, clause.kind).toEqual(
        expect.arrayContaining([
          'distancing-gatherings',
          'business-restrictions',
          'testing',
          'vaccination',
          'movement-control',
        ]),
      );
    }
  });

  test('a long paragraph with several orders gets all of them, the implied ones apart', () => {
    const directive = tagDirective(parseDirective({ file: 'relay.txt', text: RELAY }));
    const body = directive.clauses.find((c) => c.text.includes('ai ở đâu ở đó'));
    expect(body?.measures).toEqual([
      'distancing-gatherings',
      'testing',
      'vaccination',
      'movement-control',
      'business-restrictions',
    ]);
    expect(new Set(body?.implied?.map((hit) => hit.by))).toEqual(new Set(['16/CT-TTg']));
    expect(directive.measures).toEqual(body?.measures);
  });
});

describe('a child reads its parent’s lead-in; a heading keeps to its own words', () => {
  const LIST = [
    'Số: 15/UBND-VX',
    'Quảng Trị, ngày 2 tháng 8 năm 2021',
    '',
    'UBND tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:',
    '1. Xét nghiệm SARS-CoV-2 cho các đối tượng sau:',
    'a) người có biểu hiện ho, sốt, khó thở;',
    'b) người về từ vùng dịch.',
    '2. Về các biện pháp phòng, chống dịch:',
    'a) Tạm dừng hoạt động karaoke, vũ trường.',
    'b) Thực hiện tiêm chủng cho người từ 18 tuổi trở lên.',
  ].join('\n');
  const directive = tagDirective(parseDirective({ file: 'lead-in.txt', text: LIST }));
  const clause = (id: string) => directive.clauses.find((c) => c.id === id)!;

  test('"Xét nghiệm … cho các đối tượng sau: a) người có biểu hiện ho, sốt" → a) orders testing', () => {
    expect(clause('1.a').measures).toEqual(['testing']);
    const hit = clause('1.a').leadInCues![0]!;
    expect(clause('1.a').leadIn!.slice(hit.start, hit.end)).toBe('Xét nghiệm');
    expect(clause('1.b').measures).toEqual(expect.arrayContaining(['testing', 'movement-control']));
  });

  test('a heading whose children carry the orders gets none of theirs, and passes nothing it does not say', () => {
    expect(clause('2').measures).toEqual([]);
    expect(clause('2.a').measures).toEqual(['business-restrictions']);
    expect(clause('2.b').measures).toEqual(['vaccination']);
    expect(clause('2.b').leadInCues).toBeUndefined();
  });
});
