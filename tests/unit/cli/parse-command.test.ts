/**
 * `npx chithi parse FILE --json`, run as a user runs it: a separate process, JSON on stdout. What it
 * prints is checked against the zod `Directive` schema, the contract every other part of the portal reads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Directive } from '../../../src/lib/directive/schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function chithi(...args: string[]): string {
  return execFileSync(process.execPath, ['scripts/chithi.mjs', ...args], { cwd: root, encoding: 'utf8' });
}

describe('chithi parse --json', () => {
  const json = JSON.parse(
    chithi('parse', 'content/directives/son-la-2021-ct-ubnd-thay-the-24.txt', '--json'),
  ) as Record<string, unknown>;

  test('is a Directive as the schema defines it, the texts left out unless asked for', () => {
    // Without --with-text only the encoding of the text is printed: every other field must match.
    expect(() => Directive.omit({ text: true }).parse(json)).not.toThrow();
    expect(json['text']).toEqual({ encoding: 'utf-8' });
  });

  test('with --with-text it validates against Directive whole', () => {
    // Hải Dương's: an inferred date, a title in capitals, bullets under numbered items.
    const file = 'content/directives/hai-duong-2020-08-28-tbkl-ban-thuong-vu.txt';
    const checked = Directive.safeParse(JSON.parse(chithi('parse', file, '--json', '--with-text')));
    expect(checked.error?.issues ?? []).toEqual([]);
  });

  test('carries the stored names: the document, its issuer, its citation and each clause label', () => {
    expect(json).toMatchObject({
      documentName: 'Chỉ thị (không số)',
      issuerName: 'Chủ tịch UBND tỉnh Sơn La',
      citation: 'Chỉ thị của Chủ tịch UBND tỉnh Sơn La',
    });
    const clauses = json['clauses'] as Array<{ id: string; label: string }>;
    expect(clauses.find((c) => c.id === '3.b')?.label).toBe('Điểm b, Mục 3');
  });

  test('a field with provenance is an object whose value holds the value', () => {
    expect(json['province']).toMatchObject({ provenance: 'inferred', value: { id: 'son-la', name: 'Sơn La' } });
    expect(json['docType']).toMatchObject({ provenance: 'extracted', value: 'chi-thi' });
  });

  test('an unprinted date is null, with its bound', () => {
    expect(json['date']).toBeNull();
    expect(json['dateBounds']).toMatchObject({ notBefore: { value: '2021-10-11' } });
  });

  test('each clause has its id, text and measures', () => {
    const clauses = json['clauses'] as Array<{ id: string; text: string; measures: string[] }>;
    const vaccination = clauses.find((c) => c.id === '3.b');
    expect(vaccination?.text).toMatch(/^Đẩy nhanh tốc độ tiêm chủng vắc xin/);
    expect(vaccination?.measures).toContain('vaccination');
  });

  test('the id is the stable slug of the file name', () => {
    expect(json['id']).toBe('son-la-2021-ct-ubnd-thay-the-24');
  });

  test("carries the periods stage: inForce, relations, and each clause's inForce and parameters", () => {
    // Sơn La's closing line: "(Chỉ thị này thay thế Chỉ thị số 24/CT-UBND ngày 24/7/2021 …)". It
    // states no period of its own, and none of its clauses sets a number.
    expect(json['inForce']).toBeNull();
    expect(json['relations']).toContainEqual(
      expect.objectContaining({ type: 'replaces', target: '24/CT-UBND', targetDate: '2021-07-24', until: null }),
    );
    const clauses = json['clauses'] as Array<Record<string, unknown>>;
    for (const clause of clauses) {
      expect(clause).toHaveProperty('inForce', null);
      expect(clause).toHaveProperty('parameters', []);
    }
  });
});

describe('chithi parse --json on a text that states a period and numbers', () => {
  test('prints the period with its hour, the extension and the parameters, as the schema defines them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chithi-parse-'));
    try {
      const file = join(dir, 'ha-tinh-2021-08-01.txt');
      writeFileSync(
        file,
        [
          'ỦY BAN NHÂN DÂN',
          'TỈNH HÀ TĨNH',
          'Số: 15/CT-UBND',
          'Hà Tĩnh, ngày 01 tháng 8 năm 2021',
          'CHỈ THỊ',
          'Về việc phòng, chống dịch Covid-19',
          'Chủ tịch UBND tỉnh yêu cầu:',
          '1. Tiếp tục thực hiện Chỉ thị số 12/CT-UBND ngày 20/7/2021 từ 0 giờ ngày 02/8/2021 đến hết ngày 15/8/2021.',
          '2. Không tập trung quá mười người; cách ly tập trung 21 ngày đối với người nhập cảnh.',
          '',
        ].join('\n'),
      );
      const out = Directive.parse(JSON.parse(chithi('parse', file, '--json', '--with-text')));
      expect(out.inForce).toMatchObject({ from: { value: '2021-08-02T00:00' }, to: { value: '2021-08-15' } });
      expect(out.relations).toMatchObject([{ type: 'extends', target: '12/CT-UBND', until: '2021-08-15' }]);
      expect(out.clauses.find((c) => c.id === '2')?.parameters.map((p) => [p.kind, p.value, p.unit])).toEqual([
        ['max_gathering', 10, 'people'],
        ['quarantine_days', 21, 'days'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('chithi parse, readable', () => {
  test('prints the fields and the clause tree', () => {
    const out = chithi('parse', 'content/directives/thanh-hoa-2021-07-22-329-cv-tu.txt');
    expect(out).toMatch(/number\s+329-CV\/TU/);
    expect(out).toMatch(/\[3\.-1\] Chỉ đạo thực hiện sâu rộng/);
  });
});
