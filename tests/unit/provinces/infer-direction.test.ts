/**
 * Province from the places a text names (infer.ts): travellers and cases come FROM elsewhere, orders
 * apply ON the document's own ground, and a district named beside its province marks the place the
 * text is about. The texts are written for this test.
 */
import { describe, expect, test } from 'vitest';
import { inferProvince } from '../../../src/lib/provinces/index.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';

const infer = (text: string) => inferProvince(normalizeText(text))?.provinceId;

describe('the direction of a place', () => {
  test('people returning from a province do not make the text theirs', () => {
    expect(
      infer(
        'Cách ly tập trung 14 ngày đối với công dân trở về từ tỉnh Bắc Giang. Mọi người đến tỉnh Quảng Bình phải khai báo y tế; công dân đến tỉnh Quảng Bình được xét nghiệm.',
      ),
    ).toBe('quang-binh');
  });

  test('a list after "từ" is a list of origins', () => {
    expect(infer('Người về từ tỉnh Bắc Giang, tỉnh Bắc Ninh và tỉnh Hải Dương phải cách ly.')).toBeUndefined();
  });

  test('a district named beside its province wins over a neighbour named once', () => {
    expect(
      infer(
        'Dừng hoạt động các quán ăn dọc quốc lộ qua huyện Cam Lộ đến địa giới tỉnh Quảng Trị và tỉnh Thừa Thiên Huế.',
      ),
    ).toBe('quang-tri');
  });
});
