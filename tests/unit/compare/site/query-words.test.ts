/** A draft or a clause reduced to the few distinctive words a Meilisearch query can hold. */
import { describe, expect, test } from 'vitest';
import { MAX_QUERY_WORDS, distinctiveWords, rotatedQueries } from '../../../../src/lib/compare/site/query-words.ts';

/** Passages holding each folded syllable, in a corpus of 1,000 passages. */
const df: Record<string, number> = {
  tiem: 40,
  vac: 30,
  xin: 32,
  phong: 600,
  chong: 580,
  dich: 700,
  cho: 800,
  nguoi: 500,
  dan: 450,
  'nghi son': 1,
  nghi: 1,
  son: 2,
  khau: 25,
  trang: 26,
};
const frequencies = { units: 1000, df: (key: string) => df[key] ?? 0 };

describe('distinctiveWords', () => {
  test('keeps the rarest syllables first, as the text spells them', () => {
    expect(distinctiveWords('Tiêm vắc-xin phòng, chống dịch cho người dân', frequencies, { max: 4 })).toEqual([
      'vắc',
      'xin',
      'Tiêm',
      'dân',
    ]);
  });

  test('leaves out syllables too rare to find another province (a place name) and unknown ones', () => {
    const words = distinctiveWords('Nghi Sơn đeo khẩu trang khi ra đường', frequencies);
    expect(words).toEqual(['khẩu', 'trang']);
  });

  test('never more than Meilisearch reads, and each syllable once', () => {
    const long = 'tiêm vắc xin '.repeat(20) + 'phòng chống dịch cho người dân khẩu trang';
    const words = distinctiveWords(long, frequencies);
    expect(words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
    expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
  });
});

test('leaves out the words it is told to (the base’s own province name)', () => {
  expect(distinctiveWords('Người dân Vắc Xin tiêm vắc xin', frequencies, { leaveOut: 'Vắc Xin' })).toEqual([
    'tiêm',
    'dân',
    'Người',
  ]);
});

describe('rotatedQueries', () => {
  test('each query is led by another word and holds them all', () => {
    expect(rotatedQueries(['a', 'b', 'c'], 2)).toEqual(['a b c', 'b c a']);
  });

  test('no more queries than words', () => {
    expect(rotatedQueries(['a'], 4)).toEqual(['a']);
  });
});
