import { describe, expect, test } from 'vitest';
import { BAD_INPUT, EXCERPT } from './helpers/bad-input.ts';
import { asSingleBytes, doubleEncode, encodeTcvn3, encodeVni, encodeWindows1258 } from './helpers/legacy-encoders.ts';
import { expectIssue, readAmongGood, textOf } from './helpers/read-among-good.ts';
import { SEED_FILES, readSeed } from '../../setup/seeds.ts';
import { readSourceDir } from './helpers/read-source-dir.ts';
import { useTempDir } from './helpers/temp-dir.ts';

const bytesOf = (name: string): Uint8Array => {
  const bytes = BAD_INPUT[name];
  if (!bytes) throw new Error(`no fixture ${name}`);
  return bytes;
};

describe('readSource reads legacy Vietnamese encodings into Unicode, and says so', () => {
  const temp = useTempDir();

  test('Windows-1258: decoded, tone marks composed (NFC), first non-UTF-8 line named', async () => {
    const result = textOf(await readAmongGood(temp, '09-windows-1258.txt', bytesOf('09-windows-1258.txt')));
    expect(result).toMatchObject({ encoding: 'windows-1258', text: EXCERPT });
    expect(result.text.normalize('NFC')).toBe(result.text);
    expect(result.warnings).toHaveLength(1);
    expectIssue(result.warnings[0], {
      code: 'legacy-encoding',
      file: result.file,
      line: 1,
      says: ['not UTF-8', 'read it as Windows-1258 (Vietnamese)', 're-save the file as UTF-8'],
    });
  });

  test('Windows-1258 whose first accent is on line 3 points at line 3', async () => {
    const text = `Chi thi so 07-CT/TU\nNghe An\n${EXCERPT}`;
    const result = textOf(await readAmongGood(temp, 'cp1258-late.txt', encodeWindows1258(text)));
    expect(result.text).toBe(text);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['legacy-encoding', 3]]);
  });

  test.each([
    ['10-tcvn3-raw-bytes.txt', 'tcvn3', 'TCVN3 (ABC, fonts .VnTime/.VnArial)', 'as raw font bytes'],
    [
      '11-tcvn3-as-utf8.txt',
      'tcvn3',
      'TCVN3 (ABC, fonts .VnTime/.VnArial)',
      'saved as UTF-8 of the wrong Latin letters',
    ],
    ['12-vni-raw-bytes.txt', 'vni', 'VNI (fonts VNI-Times/VNI-Helve)', 'as raw font bytes'],
    ['13-vni-as-utf8.txt', 'vni', 'VNI (fonts VNI-Times/VNI-Helve)', 'saved as UTF-8 of the wrong Latin letters'],
  ] as const)('%s: converted from %s, with a warning', async (name, encoding, font, how) => {
    const result = textOf(await readAmongGood(temp, name, bytesOf(name)));
    expect(result).toMatchObject({ encoding, text: EXCERPT });
    expect(result.warnings).toHaveLength(1);
    expectIssue(result.warnings[0], {
      code: 'converted-legacy-font',
      file: result.file,
      line: 1,
      says: [`typed in the old ${font} font encoding (${how})`, 'converted to Unicode', 'check a few accented words'],
    });
  });

  test('a TCVN3 file whose first accent is on line 4 points at line 4', async () => {
    const text = `UBND TINH NGHE AN\nSo: 07-CT/TU\n\n${EXCERPT.split('\n').slice(2).join('\n')}`;
    const result = textOf(await readAmongGood(temp, 'tcvn3-late.txt', encodeTcvn3(text)));
    expect(result.text).toBe(text);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['converted-legacy-font', 4]]);
  });

  test('UTF-8 that was encoded twice ("Chá»‰ thá»‹") is repaired, with a warning', async () => {
    const result = textOf(await readAmongGood(temp, '14-double-encoded.txt', bytesOf('14-double-encoded.txt')));
    expect(result).toMatchObject({ encoding: 'utf-8-double-encoded', text: EXCERPT });
    expectIssue(result.warnings[0], {
      code: 'converted-double-encoding',
      file: result.file,
      line: 1,
      says: ['encoded twice', 'has been repaired', 'save the repaired text over the file'],
    });
  });
});

describe('whole seeds survive every legacy form', () => {
  const temp = useTempDir();

  test.each(SEED_FILES)('%s', async (name) => {
    const seed = readSeed(name);
    const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
    const forms: Record<string, Uint8Array> = {
      'a-windows-1258.txt': encodeWindows1258(seed),
      'b-vni-as-utf8.txt': utf8(encodeVni(seed)),
      'c-vni-raw.txt': asSingleBytes(encodeVni(seed)),
      'd-double-encoded.txt': utf8(doubleEncode(seed)),
      'e-tcvn3-as-utf8.txt': utf8(encodeTcvn3(seed)),
      'f-tcvn3-raw.txt': asSingleBytes(encodeTcvn3(seed)),
    };
    for (const [file, bytes] of Object.entries(forms)) await temp.write(file, bytes);
    const results = (await readSourceDir(await temp.dir())).map(textOf);
    expect(results.map((r) => r.encoding)).toEqual([
      'windows-1258',
      'vni',
      'vni',
      'utf-8-double-encoded',
      'tcvn3',
      'tcvn3',
    ]);
    for (const result of results.slice(0, 4)) expect(result.text).toBe(seed);
    // TCVN3 has no codes for most capitals with tones: "Ủy" is typed, and comes back, as "ủy".
    for (const result of results.slice(4)) expect(result.text.toLowerCase()).toBe(seed.toLowerCase());
  });
});
