import { describe, expect, test } from 'vitest';
import { listCentralDocuments, parseCentralDocuments, tagClause } from '../../../src/lib/measures/index.ts';
import { listMeasures } from '../../../src/lib/measures/index.ts';

/** The documents a clause is read as applying, as the tags' provenance names them. */
function impliedBy(text: string): string[] {
  return [...new Set(tagClause(text).implied.map((hit) => hit.by))];
}

function impliedMeasures(text: string): string[] {
  return [...new Set(tagClause(text).implied.map((hit) => hit.measure))].sort();
}

const SIXTEEN = ['business-restrictions', 'distancing-gatherings', 'movement-control'];

describe('the central documents (content/data/central-documents.yaml)', () => {
  test('holds Chỉ thị 15, 16, 19/CT-TTg and Nghị quyết 128/NQ-CP with its four levels', () => {
    const docs = listCentralDocuments();
    expect(docs.map((d) => d.code)).toEqual(['15/CT-TTg', '16/CT-TTg', '19/CT-TTg', '128/NQ-CP']);
    expect(docs.find((d) => d.code === '128/NQ-CP')?.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
  });

  test('each level carries at least what the level below it carries', () => {
    const levels = listCentralDocuments().find((d) => d.code === '128/NQ-CP')!.levels;
    for (let i = 1; i < levels.length; i++) {
      for (const id of levels[i - 1]!.measures) expect(levels[i]!.measures, `level ${i + 1}`).toContain(id);
    }
  });

  test('a set naming a measure the taxonomy lacks is rejected, naming the document', () => {
    const yaml =
      'documents:\n  - {code: 16/CT-TTg, kind: chi-thi, number: 16, date: 2020-03-31, title: t, measures: [curfew]}\n';
    expect(() => parseCentralDocuments(yaml, new Set(listMeasures().map((m) => m.id)))).toThrow(/16\/CT-TTg.*curfew/);
  });
});

describe('measures implied by a central document the clause applies', () => {
  test('"áp dụng giãn cách xã hội theo Chỉ thị 16/CT-TTg" implies 16\'s measures, with where it is named', () => {
    const text = 'Áp dụng giãn cách xã hội theo Chỉ thị 16/CT-TTg trên địa bàn thành phố.';
    const { measures, implied } = tagClause(text);
    expect(impliedMeasures(text)).toEqual(SIXTEEN);
    expect(measures).toEqual(expect.arrayContaining(SIXTEEN));
    expect(new Set(implied.map((hit) => hit.by))).toEqual(new Set(['16/CT-TTg']));
    expect(text.slice(implied[0]!.start, implied[0]!.end)).toBe('Chỉ thị 16/CT-TTg');
  });

  test('an implied measure is kept apart from cue matches', () => {
    const { cues, implied } = tagClause('Áp dụng giãn cách xã hội theo Chỉ thị 16/CT-TTg.');
    expect(cues.map((hit) => hit.measure)).toEqual(['distancing-gatherings']);
    expect(implied.map((hit) => hit.measure)).toContain('movement-control');
  });

  test.each([
    ['Chỉ thị số 16/CT-TTg', 'Thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2020 trên toàn tỉnh.'],
    ['Chỉ thị 16', 'Các huyện thực hiện nghiêm Chỉ thị 16.'],
    ['CT16', 'Tiếp tục giãn cách theo CT16 thêm 7 ngày.'],
    ['CT 16', 'Tiếp tục giãn cách theo CT 16 thêm 7 ngày.'],
    ['"theo tinh thần Chỉ thị 16"', 'Giãn cách xã hội theo tinh thần Chỉ thị 16 đối với thị trấn.'],
    ['a wrong year (N5)', 'Áp dụng cách ly xã hội theo Chỉ thị 16/CT-TTg năm 2021 của Thủ tướng Chính phủ.'],
    ['the code alone', 'Các địa phương tiếp tục áp dụng 16/CT-TTg.'],
  ])('16/CT-TTg is recognised written as %s', (_, text) => {
    expect(impliedBy(text)).toEqual(['16/CT-TTg']);
  });

  test('"thực hiện nghiêm Chỉ thị 15" implies 15\'s measures', () => {
    expect(impliedBy('Các huyện miền núi thực hiện nghiêm Chỉ thị 15.')).toEqual(['15/CT-TTg']);
    expect(impliedMeasures('Các huyện miền núi thực hiện nghiêm Chỉ thị 15.')).toEqual([
      'business-restrictions',
      'distancing-gatherings',
    ]);
  });

  test('19/CT-TTg implies masks', () => {
    expect(impliedMeasures('Tiếp tục thực hiện Chỉ thị 19/CT-TTg trên địa bàn tỉnh.')).toContain('masks-5k');
  });

  test('"thực hiện cấp độ 3 theo Nghị quyết 128" implies level 3, not the bare resolution', () => {
    const text = 'Thành phố áp dụng các biện pháp ở cấp độ 3 theo Nghị quyết 128 từ ngày 25/11/2021.';
    expect(impliedBy(text)).toEqual(['128/NQ-CP cấp 3']);
    expect(impliedMeasures(text)).toContain('movement-control');
    expect(impliedMeasures(text)).not.toContain('schools-events');
  });

  test('level 4 stops events too; level 1 is the base only', () => {
    expect(impliedMeasures('Xã ở cấp độ 4 theo Nghị quyết số 128/NQ-CP.')).toContain('schools-events');
    expect(impliedMeasures('Huyện ở cấp độ 1 theo Nghị quyết số 128/NQ-CP.')).toEqual([
      'lockdown-zoning',
      'masks-5k',
      'vaccination',
    ]);
  });

  test('"cấp độ 2" with "cấp độ dịch" needs no resolution number', () => {
    expect(impliedBy('Tỉnh điều chỉnh cấp độ dịch toàn tỉnh về cấp độ 2 (nguy cơ trung bình).')).toEqual([
      '128/NQ-CP cấp 2',
    ]);
  });

  test('"cấp 3" alone is not an epidemic level (a school grade)', () => {
    expect(impliedBy('Học sinh cấp 3 đi học trực tiếp.')).toEqual([]);
  });

  test('"Nghị quyết 128" without a level implies its base', () => {
    expect(impliedBy('Các địa phương triển khai thực hiện Nghị quyết số 128/NQ-CP.')).toEqual(['128/NQ-CP']);
  });

  test('"chuyển từ Chỉ thị 16 sang Chỉ thị 15" applies 15, not 16', () => {
    expect(impliedBy('Chuyển từ thực hiện Chỉ thị 16/CT-TTg sang thực hiện Chỉ thị 15/CT-TTg.')).toEqual(['15/CT-TTg']);
  });

  test('two documents in one sentence each keep their own words', () => {
    const text = 'Huyện A thực hiện giãn cách theo Chỉ thị 15, các xã còn lại thực hiện theo Chỉ thị 19.';
    expect(impliedBy(text)).toEqual(['15/CT-TTg', '19/CT-TTg']);
  });
});

describe('a clause that names a central document without applying it implies nothing', () => {
  test.each([
    ['"Căn cứ Chỉ thị 16"', 'Căn cứ Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:'],
    [
      'a cited list',
      'Căn cứ các Chỉ thị số 15/CT-TTg, 16/CT-TTg, 19/CT-TTg của Thủ tướng Chính phủ, Ban Chỉ đạo đề nghị:',
    ],
    [
      '"Thực hiện Chỉ thị 16… của Thủ tướng, UBND tỉnh yêu cầu"',
      'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các sở như sau.',
    ],
    ['"kết thúc … Chỉ thị 16"', 'Kết thúc việc giãn cách xã hội theo Chỉ thị 16/CT-TTg từ 0 giờ ngày 3/8/2021.'],
    ['"nới lỏng … Chỉ thị 15"', 'Nới lỏng giãn cách theo Chỉ thị 15 tại thành phố.'],
    ['"không áp dụng … Chỉ thị 16"', 'Không áp dụng các biện pháp theo Chỉ thị 16 đối với khu công nghiệp.'],
    ['"dừng thực hiện Chỉ thị 16"', 'Dừng thực hiện Chỉ thị 16 trên địa bàn tỉnh kể từ 0 giờ ngày 23/4/2020.'],
    [
      'looking back ("Sau … ngày thực hiện")',
      'Sau 14 ngày thực hiện cách ly xã hội theo Chỉ thị 16, dịch đã được kiểm soát.',
    ],
    [
      'a provincial Party directive numbered 16',
      'Thực hiện nghiêm Chỉ thị số 16-CT/TU ngày 5/5/2021 của Ban Thường vụ Tỉnh ủy.',
    ],
    ['a provincial directive numbered 15', 'Tiếp tục thực hiện Chỉ thị số 15/CT-UBND của UBND tỉnh.'],
    ['a bare number given to the province', 'Tiếp tục thực hiện Chỉ thị 16 ngày 5/5/2021 của Tỉnh ủy.'],
    ['a level people come from', 'Giám sát người về từ các địa bàn dịch cấp độ 3, 4.'],
    ['a level lowered from', 'Hạ từ cấp độ 3 xuống cấp độ 2 theo Nghị quyết 128.'],
  ])('%s', (_, text) => {
    expect(impliedBy(text).filter((by) => by !== '128/NQ-CP cấp 2')).toEqual([]);
  });

  test('"Căn cứ Chỉ thị 16" implies nothing and tags nothing', () => {
    expect(tagClause('Căn cứ Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ;')).toEqual({
      measures: [],
      cues: [],
      implied: [],
    });
  });
});

describe('background and framing in real preambles', () => {
  test('other provinces that "đã phải" apply 16 imply nothing here', () => {
    expect(
      impliedBy('Tại 18 tỉnh, thành phố phía Nam đã phải thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg.'),
    ).toEqual([]);
  });

  test('"Thực hiện chỉ đạo của Chính phủ tại Nghị quyết số 128/NQ-CP …, tỉnh đã điều chỉnh" cites 128', () => {
    expect(
      impliedBy(
        'Thực hiện chỉ đạo của Chính phủ tại Nghị quyết số 128/NQ-CP ngày 11/10/2021, tỉnh đã điều chỉnh các biện pháp.',
      ),
    ).toEqual([]);
  });

  test('"Thực hiện nghiêm Chỉ thị 15/CT-TTg của Thủ tướng Chính phủ" with no body after it applies 15', () => {
    expect(impliedBy('Thực hiện nghiêm Chỉ thị 15/CT-TTg của Thủ tướng Chính phủ trên địa bàn huyện.')).toEqual([
      '15/CT-TTg',
    ]);
  });
});

describe('a distancing directive applied to named areas', () => {
  test('16 here and 15 there classes areas by regime: zoning, by each document', () => {
    const text =
      'Áp dụng Chỉ thị số 16/CT-TTg đối với thị trấn Đông Hà; áp dụng Chỉ thị số 15/CT-TTg đối với các xã còn lại.';
    expect(impliedMeasures(text)).toContain('lockdown-zoning');
    expect(impliedBy(text)).toEqual(['16/CT-TTg', '15/CT-TTg']);
  });

  test('applied to the province as it stands, with no area named, it zones nothing', () => {
    expect(impliedMeasures('Thực hiện giãn cách xã hội theo Chỉ thị số 15/CT-TTg.')).not.toContain('lockdown-zoning');
  });

  test('"quán triệt, triển khai thực hiện nghiêm túc Chỉ thị …" carries the document out as a whole: no set', () => {
    expect(
      impliedBy('Các đơn vị quán triệt, triển khai thực hiện nghiêm túc Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ.'),
    ).toEqual([]);
    expect(impliedBy('Quán triệt và thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg.')).toEqual(['16/CT-TTg']);
  });
});
