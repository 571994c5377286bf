import { describe, expect, test } from 'vitest';
import { undoDoubleEncoding } from '../../../src/lib/source/double-encoding.ts';
import { decodeWindows1252 } from '../../../src/lib/source/windows-1252.ts';
import { doubleEncode, encodeTcvn3 } from './helpers/legacy-encoders.ts';
import { SEED_FILES, readSeed } from '../../setup/seeds.ts';

describe('decodeWindows1252', () => {
  test('reads 0x80–0x9F as Windows does (“ ” – € …), not as C1 controls like Node 20’s TextDecoder', () => {
    expect(decodeWindows1252(Uint8Array.from([0x93, 0x94, 0x96, 0x80, 0x85]))).toBe('“”–€…');
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x9d]))).toBe('\u0081\u009D');
    expect(decodeWindows1252(Uint8Array.from([0x41, 0xe1, 0xff]))).toBe('Aáÿ');
  });
});

describe('undoDoubleEncoding', () => {
  test('"Chá»‰ thá»‹ â€œká»‹p thá»\u009Diâ€\u009D" → "Chỉ thị “kịp thời”"', () => {
    expect(doubleEncode('Chỉ thị “kịp thời”')).toBe('Chá»‰ thá»‹ â€œká»‹p thá»\u009Diâ€\u009D');
    expect(undoDoubleEncoding('Chá»‰ thá»‹ â€œká»‹p thá»\u009Diâ€\u009D')).toBe('Chỉ thị “kịp thời”');
  });

  test('…also when the bytes had been read as Latin-1 (“ shows as U+0093)', () => {
    const latin1 = Buffer.from('Chỉ thị “kịp thời”', 'utf8').toString('latin1');
    expect(undoDoubleEncoding(latin1)).toBe('Chỉ thị “kịp thời”');
  });

  test.each(SEED_FILES)('repairs the whole of %s, and leaves the seed itself and its TCVN3 form alone', (name) => {
    const seed = readSeed(name);
    expect(undoDoubleEncoding(doubleEncode(seed))).toBe(seed);
    expect(undoDoubleEncoding(seed)).toBeNull();
    expect(undoDoubleEncoding(encodeTcvn3(seed))).toBeNull();
  });

  test('leaves plain ASCII, French and a lone "Ã©" alone', () => {
    expect(undoDoubleEncoding('Chi thi so 07')).toBeNull();
    expect(undoDoubleEncoding('Où est passé le goût ?')).toBeNull();
    expect(undoDoubleEncoding('cafÃ©')).toBeNull();
  });
});
