import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import {
  writeInForce,
  type DirectiveRelations,
  type HeatMap,
  type ProvinceInForce,
} from '../../../src/lib/in-force/layer.ts';
import { weekIndex } from '../../../src/lib/in-force/days.ts';
import type { ChangeRow } from '../../../src/lib/in-force/panel.ts';
import { written } from './written-corpus.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Layer {
  province: (id: string) => ProvinceInForce;
  relations: Record<string, DirectiveRelations>;
  heat: HeatMap;
  csv: string;
}

async function layerOf(corpus: Directive[]): Promise<Layer> {
  const dir = mkdtempSync(join(tmpdir(), 'in-force-'));
  dirs.push(dir);
  await writeInForce(() => corpus, dir);
  const json = (path: string) => JSON.parse(readFileSync(join(dir, 'in-force', path), 'utf8'));
  return {
    province: (id) => json(`tinh/${id}.json`) as ProvinceInForce,
    relations: json('relations.json') as Record<string, DirectiveRelations>,
    heat: json('heat.json') as HeatMap,
    csv: gunzipSync(readFileSync(join(dir, 'downloads', 'in-force.csv.gz'))).toString('utf8'),
  };
}

/** A measure's series as [date, state, clauses, endedBy] for reading at a glance. */
function series(p: ProvinceInForce, measure: string): Array<[string, string, string[], string[]]> {
  return p.rows.filter((r) => r.measure === measure).map((r) => [r.date, r.state, r.clauses, r.endedBy]);
}

const MASKS = 'masks-5k';
const GATHER = 'distancing-gatherings';

describe('the panel on written corpora', () => {
  test('a replacement chain: each text ends the one it replaces the day before it takes effect', async () => {
    const layer = await layerOf([
      written({
        id: 'a-24',
        number: '24/CT-UBND',
        date: '2021-05-01',
        clauses: [{ id: '1', measures: [MASKS, GATHER] }],
      }),
      written({
        id: 'b-30',
        number: '30/CT-UBND',
        date: '2021-06-10',
        clauses: [{ id: '1', measures: [MASKS] }],
        relations: [{ type: 'replaces', target: '24/CT-UBND', targetKey: '24-CT-UBND' }],
      }),
      written({
        id: 'c-35',
        number: '35/CT-UBND',
        date: '2021-07-20',
        clauses: [{ id: '2', measures: [GATHER] }],
        relations: [{ type: 'replaces', target: '30/CT-UBND', targetKey: '30-CT-UBND', clauseId: '2' }],
      }),
    ]);
    const p = layer.province('son-la');
    expect(series(p, MASKS)).toEqual([
      ['2021-05-01', 'in-force', ['a-24#1'], []],
      ['2021-06-10', 'in-force', ['b-30#1'], []],
      ['2021-07-20', 'not-in-force', ['b-30#1'], ['c-35#2']],
    ]);
    expect(series(p, GATHER)).toEqual([
      ['2021-05-01', 'in-force', ['a-24#1'], []],
      ['2021-06-10', 'not-in-force', ['a-24#1'], ['b-30']],
      ['2021-07-20', 'in-force', ['c-35#2'], []],
    ]);
    expect(p.clauses['a-24#1']!.period).toMatchObject({ to: '2021-06-09', toBasis: 'replaced' });
    // Both pages link each other: "thay thế …" and "được thay thế bởi …".
    expect(layer.relations['b-30']!.acts[0]).toMatchObject({ type: 'replaces', targetId: 'a-24', status: 'resolved' });
    expect(layer.relations['a-24']!.actedOnBy[0]).toMatchObject({ type: 'replaces', by: 'b-30' });
  });

  test('a stated end, then an extension that moves it', async () => {
    const a = written({
      id: 'a-40',
      number: '40/CT-UBND',
      date: '2021-08-01',
      inForce: { from: '2021-08-02T00:00', to: '2021-08-15' },
      clauses: [{ id: '1', measures: [GATHER], parameters: [{ kind: 'max_gathering', value: 10, unit: 'people' }] }],
    });
    const alone = (await layerOf([a])).province('son-la');
    expect(series(alone, GATHER)).toEqual([
      ['2021-08-02', 'in-force', ['a-40#1'], []],
      ['2021-08-16', 'not-in-force', ['a-40#1'], ['stated-end']],
    ]);
    expect(alone.rows[0]!.parameters).toEqual([{ kind: 'max_gathering', value: 10, unit: 'people' }]);

    const extended = await layerOf([
      a,
      written({
        id: 'b-41',
        number: '41/CT-UBND',
        date: '2021-08-14',
        clauses: [{ id: '1', measures: [] }],
        relations: [
          { type: 'extends', target: '40/CT-UBND', targetKey: '40-CT-UBND', until: '2021-08-31', clauseId: '1' },
        ],
      }),
    ]);
    expect(series(extended.province('son-la'), GATHER)).toEqual([
      ['2021-08-02', 'in-force', ['a-40#1'], []],
      ['2021-09-01', 'not-in-force', ['a-40#1'], ['b-41#1']],
    ]);
  });

  test('a lifting text ends an open period: not in force from the day it takes effect, and says which text', async () => {
    const p = (
      await layerOf([
        written({ id: 'a-16', number: '16/CT-UBND', date: '2021-07-19', clauses: [{ id: '1', measures: [GATHER] }] }),
        written({
          id: 'b-50',
          number: '50/CT-UBND',
          date: '2021-09-14',
          inForce: { from: '2021-09-15T00:00' },
          clauses: [{ id: '3', measures: [] }],
          relations: [{ type: 'lifts', target: '16/CT-UBND', targetKey: '16-CT-UBND', clauseId: '3' }],
        }),
      ])
    ).province('son-la');
    expect(series(p, GATHER)).toEqual([
      ['2021-07-19', 'in-force', ['a-16#1'], []],
      ['2021-09-15', 'not-in-force', ['a-16#1'], ['b-50#3']],
    ]);
    // Closed by the lifting text, the period is no longer open.
    expect(p.rows[0]!.open).toEqual([]);
  });

  test('overlapping directives of two issuers: in force while either is, with both clauses and documents', async () => {
    const p = (
      await layerOf([
        written({
          id: 'tu-5',
          number: '05-CT/TU',
          date: '2021-05-01',
          inForce: { to: '2021-05-31' },
          clauses: [{ id: '2', measures: [MASKS] }],
        }),
        written({ id: 'ubnd-9', number: '09/CT-UBND', date: '2021-05-10', clauses: [{ id: '1', measures: [MASKS] }] }),
      ])
    ).province('son-la');
    expect(series(p, MASKS)).toEqual([
      ['2021-05-01', 'in-force', ['tu-5#2'], []],
      ['2021-05-10', 'in-force', ['ubnd-9#1', 'tu-5#2'], []],
      ['2021-06-01', 'in-force', ['ubnd-9#1'], []],
    ]);
    expect(p.rows.find((r) => r.date === '2021-05-10')!.documents).toBe(2);
    // The UBND directive states no end and nothing later ends it: in force, and said to be open.
    expect(p.rows.at(-1)!.open).toEqual(['ubnd-9#1']);
  });

  test('a clause scoped to a district is in force there only, and the heat map marks the week as partial', async () => {
    const layer = await layerOf([
      written({
        id: 'h-7',
        number: '07/CT-UBND',
        date: '2021-08-20',
        clauses: [
          { id: '1', measures: [GATHER], inForce: { scope: ['huyện Mộc Châu'], to: '2021-08-29' } },
          { id: '2', measures: [MASKS] },
        ],
      }),
    ]);
    const p = layer.province('son-la');
    expect(p.rows.find((r) => r.measure === GATHER && r.state === 'in-force')!.scope).toEqual(['huyện Mộc Châu']);
    expect(p.rows.find((r) => r.measure === MASKS)!.scope).toBeNull();
    const week = weekIndex('2021-08-20');
    expect(layer.heat.measures[GATHER]!['son-la']![week]).toBe('P');
    expect(layer.heat.measures[MASKS]!['son-la']![week]).toBe('F');
    expect(layer.heat.measures[GATHER]!['son-la']![weekIndex('2021-09-06')]).toBe('N');
    expect(layer.heat.measures[GATHER]!['son-la']![weekIndex('2021-08-01')]).toBe('.');
  });

  test('a central template applied by a clause brings its measures with its name as evidence', async () => {
    const p = (
      await layerOf([
        written({
          id: 't-1',
          number: '11/CT-UBND',
          date: '2021-07-24',
          clauses: [{ id: '1', measures: [GATHER], implied: [[GATHER, '16/CT-TTg']] }],
        }),
      ])
    ).province('son-la');
    expect(p.rows[0]).toMatchObject({ state: 'in-force', clauses: ['t-1#1'], templates: ['Chỉ thị 16/CT-TTg'] });
  });

  test('an ambiguous target closes nothing, and a text of no known start gives no cell', async () => {
    const layer = await layerOf([
      written({ id: 'old-24', number: '24/CT-UBND', date: '2020-04-01', clauses: [{ id: '1', measures: [MASKS] }] }),
      written({ id: 'new-24', number: '24/CT-UBND', date: '2021-04-01', clauses: [{ id: '1', measures: [GATHER] }] }),
      written({
        id: 'c-60',
        number: '60/CT-UBND',
        date: '2021-10-01',
        clauses: [{ id: '1', measures: [] }],
        relations: [{ type: 'replaces', target: '24/CT-UBND', targetKey: '24-CT-UBND' }],
      }),
      written({ id: 'undated', number: '61/CT-UBND', date: null, clauses: [{ id: '1', measures: [MASKS] }] }),
    ]);
    expect(layer.relations['c-60']!.acts[0]).toMatchObject({ status: 'ambiguous', targetId: null });
    const p = layer.province('son-la');
    expect(p.rows.every((r) => r.state === 'in-force')).toBe(true);
    expect(p.rows.flatMap((r) => r.clauses)).not.toContain('undated#1');
    expect(p.unknownPeriods).toEqual([{ directive: 'undated', documentName: 'Chỉ thị số 61/CT-UBND' }]);
  });
});

describe('the panel rules, on one corpus with all of it', () => {
  const corpus = [
    written({
      id: 'a-24',
      number: '24/CT-UBND',
      date: '2021-05-01',
      clauses: [{ id: '1', measures: [MASKS, GATHER] }],
    }),
    written({
      id: 'b-30',
      number: '30/CT-UBND',
      date: '2021-06-10',
      inForce: { to: '2021-06-30' },
      clauses: [
        { id: '1', measures: [MASKS] },
        { id: '2', measures: [GATHER], inForce: { scope: ['thành phố Sơn La'] } },
      ],
      relations: [{ type: 'replaces', target: '24/CT-UBND', targetKey: '24-CT-UBND' }],
    }),
    written({
      id: 'c-31',
      number: '31/CT-UBND',
      date: '2021-06-25',
      clauses: [{ id: '1', measures: [] }],
      relations: [{ type: 'extends', target: '30/CT-UBND', targetKey: '30-CT-UBND', until: '2021-07-15' }],
    }),
    written({
      id: 'tu-2',
      number: '02-CT/TU',
      date: '2021-07-01',
      clauses: [{ id: '1', measures: ['testing'] }],
    }),
    written({
      id: 'd-40',
      number: '40/CT-UBND',
      date: '2021-09-01',
      clauses: [{ id: '1', measures: [] }],
      relations: [{ type: 'lifts', target: '02-CT/TU', targetKey: '2-CT-TU' }],
    }),
    written({
      id: 'hn-1',
      province: ['ha-noi', 'Hà Nội'],
      number: '01/CT-UBND',
      date: '2020-02-01',
      clauses: [{ id: '1', measures: [MASKS] }],
    }),
  ];
  const byId = new Map(corpus.map((d) => [String(d.id), d]));
  const rows = async (): Promise<Array<[ChangeRow, ProvinceInForce]>> => {
    const layer = await layerOf(corpus);
    return ['son-la', 'ha-noi'].flatMap((id) => {
      const p = layer.province(id);
      return p.rows.map((r): [ChangeRow, ProvinceInForce] => [r, p]);
    });
  };

  test('every in-force cell links a clause of that province that orders the measure', async () => {
    const all = await rows();
    const inForce = all.filter(([r]) => r.state === 'in-force');
    expect(inForce.length).toBeGreaterThan(0);
    for (const [row] of inForce) {
      expect(row.clauses.length).toBeGreaterThan(0);
      for (const ref of row.clauses) {
        const [directive, clause] = ref.split('#');
        const d = byId.get(directive!)!;
        expect(d.province?.value.id).toBe(row.province);
        expect(d.clauses.find((c) => c.id === clause)?.measures).toContain(row.measure);
      }
    }
  });

  test('a cell is not in force only with a stated end or a later text that ended the clause behind it', async () => {
    const all = await rows();
    // Gatherings on 10/6: a-24 is replaced, but b-30 orders them in the city of Sơn La: in force there.
    expect(all.find(([r]) => r.measure === GATHER && r.date === '2021-06-10')![0]).toMatchObject({
      state: 'in-force',
      scope: ['thành phố Sơn La'],
    });
    const notInForce = all.filter(([r]) => r.state === 'not-in-force');
    expect(notInForce.map(([r]) => `${r.measure} ${r.date} ${r.endedBy.join(',')}`).sort()).toEqual([
      'distancing-gatherings 2021-07-16 c-31',
      'masks-5k 2021-07-16 c-31',
      'testing 2021-09-01 d-40',
    ]);
    for (const [row, p] of notInForce) {
      row.endedBy.forEach((by, i) => {
        const period = p.clauses[row.clauses[i]!]!.period;
        expect(period.to! < row.date).toBe(true);
        if (by === 'stated-end') expect(period.toBasis).toBe('stated');
        else expect(period.changedBy?.by).toBe(by.split('#')[0]);
      });
    }
  });

  test('the CSV has one row per change, with the clause ids', async () => {
    const layer = await layerOf(corpus);
    const lines = layer.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'province,province_name,date,measure,state,clause_count,documents,directives,clauses,ended_by,open,scope,parameters,templates',
    );
    expect(lines).toContain('ha-noi,Hà Nội,2020-02-01,masks-5k,in-force,1,1,hn-1,hn-1#1,,hn-1#1,,,');
    const all = await rows();
    expect(lines.length - 1).toBe(all.length);
  });
});
