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
