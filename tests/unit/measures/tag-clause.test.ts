import { describe, expect, test } from 'vitest';
import { tagClause } from '../../../src/lib/measures/index.ts';
import { readLabelledClauses } from './labelled-clauses.ts';

/** The cue hits of one measure, as the text they cover. */
function firedText(text: string, measure: string): string[] {
  return tagClause(text)
    .cues.filter((hit) => hit.measure === measure)
    .map((hit) => text.slice(hit.start, hit.end));
}

describe('tagClause', () => {
  test('reports each cue with offsets into the text as given', () => {
    const text = 'Đồng ý cho người dân đi tập thể dục nhưng đảm bảo giãn cách tối thiểu 2m và phải đeo khẩu trang.';
    const { measures, cues } = tagClause(text);
    expect(measures).toEqual(['masks-5k', 'distancing-gatherings']);
    expect(cues).toEqual([
      { measure: 'distancing-gatherings', cue: 'giãn cách', start: 50, end: 59 },
      { measure: 'masks-5k', cue: 'khẩu trang', start: 85, end: 95 },
    ]);
    expect(text.slice(50, 59)).toBe('giãn cách');
    expect(text.slice(85, 95)).toBe('khẩu trang');
  });

  test('lists measures in taxonomy order and hits by position', () => {
    const { measures, cues } = tagClause('Tổ chức xét nghiệm, truy vết và cách ly kịp thời.');
    expect(measures).toEqual(['quarantine-isolation', 'testing', 'contact-tracing']);
    expect(cues.map((hit) => hit.cue)).toEqual(['xét nghiệm', 'truy vết', 'cách ly']);
  });

  test('tags nothing in a clause that orders no measure', () => {
    expect(tagClause('Giao Sở Y tế')).toEqual({ measures: [], cues: [], implied: [] });
    expect(tagClause('')).toEqual({ measures: [], cues: [], implied: [] });
  });

  describe('the 5K message', () => {
    test('"5K" fires masks, quoted or not, in any case', () => {
      expect(tagClause('thực hiện nghiêm quy định "5K"').measures).toEqual(['masks-5k']);
      expect(tagClause('phương châm “4 tại chỗ + 5K + vắc xin”').measures).toContain('masks-5k');
      expect(tagClause('nhắc nhở thực hiện 5k').measures).toEqual(['masks-5k']);
    });

    test('a distance in kilometres is not 5K', () => {
      expect(tagClause('cách trung tâm 5km').measures).toEqual([]);
    });
  });

  describe('diacritics are part of the word', () => {
    test('text typed without diacritics does not fire Vietnamese cues', () => {
      expect(tagClause('to chuc cach ly tap trung, xet nghiem').measures).toEqual([]);
    });

    test('a syllable with another tone is another word', () => {
      expect(tagClause('kiểm soát người ngoại tỉnh').measures).toContain('movement-control');
      expect(tagClause('xét ngoại tính').measures).toEqual([]);
      expect(tagClause('tổ chức cách lý').measures).not.toContain('quarantine-isolation');
      expect(tagClause('tiếp tục khải báo').measures).not.toContain('health-declaration');
    });

    test('a cue matches whole words only', () => {
      expect(tagClause('giám sát các trường hợp F10').measures).toEqual([]);
      expect(tagClause('giám sát các trường hợp F1').measures).toEqual(['contact-tracing']);
    });
  });

  describe('spelling variants of the same word', () => {
    test('old and new tone placement match the same cue ("tỏa"/"toả", "khỏe"/"khoẻ")', () => {
      expect(firedText('khu vực phong toả', 'lockdown-zoning')).toEqual(['phong toả']);
      expect(firedText('tự theo dõi sức khoẻ tại nhà', 'quarantine-isolation')).toEqual(['theo dõi sức khoẻ']);
    });

    test('"vắc-xin", "vắc xin" and "vaccine" all fire vaccination', () => {
      expect(firedText('tiêm vắc-xin phòng Covid-19', 'vaccination')).toEqual(['vắc-xin']);
      expect(firedText('tiêm vắc xin', 'vaccination')).toEqual(['vắc xin']);
      expect(firedText('tiếp nhận vaccine', 'vaccination')).toEqual(['vaccine']);
      expect(firedText('TIÊM VẮC-XIN', 'vaccination')).toEqual(['VẮC-XIN']);
    });

    test('a hyphenated app name matches with a hyphen or a space', () => {
      expect(tagClause('khai báo trên PC-Covid').measures).toContain('digital-tools');
      expect(tagClause('khai báo trên PC Covid').measures).toContain('digital-tools');
    });

    test('NFD input is tagged like NFC, with offsets into the NFD text', () => {
      for (const { text } of readLabelledClauses()) {
        const nfc = tagClause(text);
        const decomposed = text.normalize('NFD');
        const nfd = tagClause(decomposed);
        expect(nfd.measures).toEqual(nfc.measures);
        expect(nfd.cues.map((hit) => decomposed.slice(hit.start, hit.end).normalize('NFC'))).toEqual(
          nfc.cues.map((hit) => text.slice(hit.start, hit.end)),
        );
      }
    });
  });

  describe('where a cue may run', () => {
    test('across a comma or hyphen ("ra, vào")', () => {
      expect(firedText('kiểm soát chặt chẽ mọi công dân ra, vào', 'movement-control')).toEqual(['ra, vào']);
    });

    test('not across a full stop, semicolon or line break', () => {
      expect(tagClause('không để dịch lây ra. Vào đầu tháng tới rà soát lại').measures).toEqual([]);
      expect(tagClause('không để dịch lây ra; vào đầu tháng tới rà soát lại').measures).toEqual([]);
      expect(tagClause('không để dịch lây ra\nvào đầu tháng tới rà soát lại').measures).toEqual([]);
    });
  });

  describe('false friends', () => {
    test('"cách ly xã hội" is distancing, not quarantine of persons', () => {
      const { measures, cues } = tagClause('thực hiện cách ly xã hội trên toàn tỉnh');
      expect(measures).toEqual(['distancing-gatherings']);
      expect(cues.map((hit) => hit.cue)).toEqual(['cách ly xã hội']);
    });

    test('a quarantined area ("vùng cách ly") is lockdown', () => {
      expect(tagClause('công bố vùng cách ly y tế').measures).toEqual(['lockdown-zoning']);
    });

    test('a residence declaration is not a health declaration', () => {
      expect(tagClause('hướng dẫn khai báo tạm trú').measures).toEqual([]);
    });

    test("the Party's inspection committee is not an inspection", () => {
      expect(tagClause('Ủy ban Kiểm tra Tỉnh ủy theo dõi').measures).toEqual([]);
      expect(tagClause('tăng cường kiểm tra, giám sát').measures).toEqual(['enforcement-accountability']);
    });
  });

  test('within one measure only the longest of nested cues is reported', () => {
    const text = 'bổ sung trang thiết bị y tế cho tuyến huyện';
    const start = text.indexOf('trang thiết bị y tế');
    expect(tagClause(text).cues).toEqual([
      { measure: 'health-capacity', cue: 'trang thiết bị y tế', start, end: start + 'trang thiết bị y tế'.length },
    ]);
  });
});
