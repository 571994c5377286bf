import { describe, expect, test } from 'vitest';
import { createDictionary, parseWordList, segmentWith, segmentWords } from '../../../src/lib/text/segment.ts';

describe('segmentWords', () => {
  test('groups "phòng chống dịch" into "phòng chống" and "dịch"', () => {
    expect(segmentWords('phòng chống dịch')).toEqual(['phòng chống', 'dịch']);
  });

  test('groups "cách ly tập trung" into "cách ly" and "tập trung"', () => {
    expect(segmentWords('cách ly tập trung')).toEqual(['cách ly', 'tập trung']);
  });

  test('does not join across a comma: "phòng, chống dịch bệnh"', () => {
    expect(segmentWords('phòng, chống dịch bệnh')).toEqual(['phòng', 'chống', 'dịch bệnh']);
  });

  test('joins a hyphenated loanword and returns it spaced: "vắc-xin" → "vắc xin"', () => {
    expect(segmentWords('tiêm vắc-xin phòng Covid-19')).toEqual(['tiêm', 'vắc xin', 'phòng', 'Covid-19']);
  });

  test('splits "kinh tế-xã hội" into its two words', () => {
    expect(segmentWords('phát triển kinh tế-xã hội')).toEqual(['phát triển', 'kinh tế', 'xã hội']);
  });

  test('matches whatever the case and tone placement, and keeps the text’s spelling', () => {
    expect(segmentWords('THANH HOÁ, Sức khoẻ')).toEqual(['THANH HOÁ', 'Sức khoẻ']);
  });

  test('prefers the longest word: "trang thiết bị" over "trang" + "thiết bị"', () => {
    expect(segmentWords('trang thiết bị y tế')).toEqual(['trang thiết bị', 'y tế']);
  });

  test('returns numbers, dates and codes whole, between words', () => {
    expect(segmentWords('theo Chỉ thị 16/CT-TTg ngày 22/7/2021 có 67 ca')).toEqual([
      'theo',
      'Chỉ thị',
      '16/CT-TTg',
      'ngày',
      '22/7/2021',
      'có',
      '67',
      'ca',
    ]);
  });

  test('segments a Thanh Hóa seed sentence', () => {
    const sentence = 'tiếp tục tăng cường công tác phòng, chống dịch bệnh Covid-19 trên địa bàn tỉnh';
    expect(segmentWords(sentence)).toEqual([
      'tiếp tục',
      'tăng cường',
      'công tác',
      'phòng',
      'chống',
      'dịch bệnh',
      'Covid-19',
      'trên',
      'địa bàn',
      'tỉnh',
    ]);
  });
});

describe('segmentWith', () => {
  test('segments with a dictionary given as data (for use outside Node)', () => {
    const dictionary = createDictionary(parseWordList('# comment\nnhân dân\n\nủy ban nhân dân # longest\n'));
    expect(dictionary.longest).toBe(4);
    expect(segmentWith(dictionary, 'Ủy ban nhân dân tỉnh')).toEqual(['Ủy ban nhân dân', 'tỉnh']);
  });
});
