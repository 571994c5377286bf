/** Vietnamese prose passes (the five seeds), random glyphs and a few stray words do not. */
import { describe, expect, test } from 'vitest';
import { readability } from '../../../src/lib/source/extract/readable-text.ts';
import { SEED_FILES, readSeed } from '../../setup/seeds.ts';

describe('readability', () => {
  test.each(SEED_FILES)('the seed %s reads as Vietnamese', (file) => {
    expect(readability(readSeed(file)).problem).toBeNull();
  });

  test('random Latin-1 glyphs are not Vietnamese', () => {
    let state = 7;
    let text = '';
    for (let i = 0; i < 4000; i++) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      text += i % 6 === 5 ? ' ' : String.fromCharCode(0x21 + (state % 0xdd));
    }
    expect(readability(text).problem).toBe('not-vietnamese');
  });

  test('a blank page’s stray marks hold too little to be a directive', () => {
    expect(readability('ii — Ÿ . , ~~ ñ\nrn\n').problem).toBe('too-little');
  });
});
