import { describe, expect, test } from 'vitest';
import { BAD_INPUT, EXCERPT } from './helpers/bad-input.ts';
import { expectIssue, readAmongGood, textOf } from './helpers/read-among-good.ts';
import { SEEDS, readSeed } from '../../setup/seeds.ts';
import { useTempDir } from './helpers/temp-dir.ts';

const bytesOf = (name: string): Uint8Array => {
  const bytes = BAD_INPUT[name];
  if (!bytes) throw new Error(`no fixture ${name}`);
  return bytes;
};

/** UTF-16 with no byte-order mark, as some exporters write it. */
function utf16WithoutMark(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  return order === 'le' ? bytes : bytes.swap16();
}

describe('readSource decodes Unicode files exactly as received', () => {
  const temp = useTempDir();

  test('a seed directive reads as UTF-8 with no warnings, byte for byte', async () => {
    const seed = readSeed(SEEDS.ngheAn);
    const result = textOf(await readAmongGood(temp, SEEDS.ngheAn, seed));
    expect(result).toMatchObject({ encoding: 'utf-8', text: seed, bytes: Buffer.byteLength(seed), warnings: [] });
  });

  test.each([
    ['16-utf8-bom.txt', 'utf-8-bom'],
    ['17-utf16le-bom.txt', 'utf-16le'],
    ['18-utf16be-bom.txt', 'utf-16be'],
  ] as const)('%s: the byte-order mark says %s; the text has no mark left and no warning', async (name, encoding) => {
    const result = textOf(await readAmongGood(temp, name, bytesOf(name)));
    expect(result).toMatchObject({ encoding, text: EXCERPT, warnings: [] });
  });

  test.each(['le', 'be'] as const)(
    'UTF-16%s without a mark is told by its NUL bytes, not refused as binary',
    async (order) => {
      const result = textOf(await readAmongGood(temp, `utf16${order}.txt`, utf16WithoutMark(EXCERPT, order)));
      expect(result).toMatchObject({ encoding: `utf-16${order}`, text: EXCERPT, warnings: [] });
    },
  );
});

describe('readSource warns about text it can read but the user should know about', () => {
  const temp = useTempDir();

  test('NFD text is kept as received, with a warning that the normaliser will compose it', async () => {
    const result = textOf(await readAmongGood(temp, '15-nfd.txt', bytesOf('15-nfd.txt')));
    expect(result.text).toBe(EXCERPT.normalize('NFD'));
    expect(result.warnings).toHaveLength(1);
    expectIssue(result.warnings[0], {
      code: 'nfd',
      file: result.file,
      line: 1,
      says: ['separate combining marks (Unicode NFD)', 'nothing to do: the text is composed to NFC'],
    });
  });

  test('NFD starting on a later line points at that line', async () => {
    const lines = EXCERPT.split('\n');
    const text = [...lines.slice(0, 4), (lines[4] ?? '').normalize('NFD')].join('\n');
    const result = textOf(await readAmongGood(temp, 'nfd-line-5.txt', text));
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['nfd', 5]]);
  });

  test('a "\uFFFD" and a C1 control character are each reported with their line', async () => {
    const result = textOf(await readAmongGood(temp, '19-replacement-and-c1.txt', bytesOf('19-replacement-and-c1.txt')));
    expect(result.encoding).toBe('utf-8');
    const [replacement, control] = result.warnings;
    expectIssue(replacement, {
      code: 'replacement-char',
      file: result.file,
      line: 3,
      says: ['1 replacement character "\uFFFD"', 'find a better copy of the directive, or retype the damaged words'],
    });
    expectIssue(control, {
      code: 'control-chars',
      file: result.file,
      line: 5,
      says: ['1 invisible control character (first U+0093)', 'delete them'],
    });
  });

  test('UTF-8 with one broken sequence is read as UTF-8, with the broken line named', async () => {
    const result = textOf(await readAmongGood(temp, '20-damaged-utf8.txt', bytesOf('20-damaged-utf8.txt')));
    expect(result.encoding).toBe('utf-8');
    expect(result.text.split('\n').slice(0, 4)).toEqual(EXCERPT.split('\n').slice(0, 4));
    expect(result.text).toContain('\uFFFD');
    expect(result.warnings).toHaveLength(1);
    expectIssue(result.warnings[0], {
      code: 'invalid-utf8',
      file: result.file,
      line: 5,
      says: ['a byte that is not valid UTF-8', 'read as "\uFFFD"', 'find a better copy'],
    });
  });

  test('mixed CRLF and LF endings point at the first line of the rarer kind', async () => {
    const result = textOf(await readAmongGood(temp, '21-mixed-line-endings.txt', bytesOf('21-mixed-line-endings.txt')));
    expect(result.text).toContain('\r\n');
    expect(result.warnings).toHaveLength(1);
    expectIssue(result.warnings[0], {
      code: 'mixed-line-endings',
      file: result.file,
      line: 3,
      says: ['(3 LF, 1 CRLF)', 'unified when normalised'],
    });
  });

  test('a file with CRLF endings throughout is not "mixed"', async () => {
    const result = textOf(await readAmongGood(temp, 'windows.txt', EXCERPT.replaceAll('\n', '\r\n')));
    expect(result.warnings).toEqual([]);
  });
});
