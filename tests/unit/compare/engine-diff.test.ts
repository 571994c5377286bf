import { describe, expect, test } from 'vitest';
import { diffSegments, toDiffText } from '../../../src/lib/compare/index.ts';
import { MAX_EDIT_LENGTH } from '../../../src/lib/compare/syllable-diff.ts';
import type { DiffSegment } from '../../../src/lib/compare/types.ts';

/** Segments as markup: <del> removed, <ins> added, <i> minor (base spelling in the title). */
function markup(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) =>
      s.kind === 'removed'
        ? `<del>${s.text}</del>`
        : s.kind === 'added'
          ? `<ins>${s.text}</ins>`
          : s.kind === 'minor'
            ? `<i title="${s.base}">${s.text}</i>`
            : s.text,
    )
    .join('');
}
const diff = (base: string, other: string) => markup(diffSegments(toDiffText(base), toDiffText(other)));

describe('diffSegments on syllables', () => {
  test('a difference only in diacritics is minor (text typed without marks)', () => {
    expect(diff('thực hiện nghiêm túc việc cách ly', 'thuc hien nghiem tuc viec cach ly')).toBe(
      '<i title="thực hiện nghiêm túc việc cách ">thuc hien nghiem tuc viec cach </i>ly',
    );
  });

  test('old and new tone placement differ only in a mark: minor', () => {
    expect(diff('tỉnh Thanh Hóa yêu cầu', 'tỉnh Thanh Hoá yêu cầu')).toBe('tỉnh Thanh <i title="Hóa ">Hoá </i>yêu cầu');
  });

  test('"vắc-xin" against "vắc xin" and "phòng, chống" against "phòng chống" are minor', () => {
    expect(diff('tiêm vắc-xin phòng, chống dịch', 'tiêm vắc xin phòng chống dịch')).toBe(
      'tiêm <i title="vắc-">vắc </i>xin <i title="phòng, ">phòng </i>chống dịch',
    );
  });

  test('"Covid - 19" and "Covid-19" are the same words, spelled alike', () => {
    expect(diff('phòng, chống dịch Covid - 19 trên địa bàn', 'phòng, chống dịch Covid-19 trên địa bàn')).toBe(
      'phòng, chống dịch Covid-19 trên địa bàn',
    );
  });

  test('words added and removed; a one-word common run between two changes joins them', () => {
    expect(diff('tăng cường tuyên truyền cho người dân', 'tăng cường tuyên truyền, vận động cho Nhân dân')).toBe(
      'tăng cường tuyên <i title="truyền ">truyền, </i><del>cho người </del><ins>vận động cho Nhân </ins>dân',
    );
  });

  test('folding does not make different words match ("đồng bộ" / "Bố trí")', () => {
    expect(diff('Bố trí nhân lực', 'Thực hiện đồng bộ các biện pháp')).toBe(
      '<del>Bố trí nhân lực</del><ins>Thực hiện đồng bộ các biện pháp</ins>',
    );
  });

  test('a syllable that only folds alike at the edge of a common run is a change ("nguyên tắc" / "công tác")', () => {
    expect(diff('Thực hiện tốt nguyên tắc phòng, chống dịch', 'Làm tốt công tác phòng, chống dịch')).toBe(
      '<del>Thực hiện tốt nguyên tắc </del><ins>Làm tốt công tác </ins>phòng, chống dịch',
    );
  });

  test('the column text and the base text can be put back together from the segments', () => {
    const base = 'Chỉ đạo thực hiện sâu rộng, nghiêm túc yêu cầu "5K" trong phòng, chống dịch bệnh.';
    const other = 'Thực hiện nghiêm quy định "5K", ứng dụng công nghệ thông tin trong phòng chống dịch.';
    const segments = diffSegments(toDiffText(base), toDiffText(other));
    expect(
      segments
        .filter((s) => s.kind !== 'removed')
        .map((s) => s.text)
        .join(''),
    ).toBe(other);
    expect(
      segments
        .filter((s) => s.kind !== 'added')
        .map((s) => s.base ?? s.text)
        .join(''),
    ).toBe(base);
  });

  test('two long unrelated texts give up within the edit limit: all removed, all added', () => {
    const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
    const segments = diffSegments(toDiffText(words('a', MAX_EDIT_LENGTH)), toDiffText(words('b', MAX_EDIT_LENGTH)));
    expect(segments.map((s) => s.kind)).toEqual(['removed', 'added']);
  });
});
