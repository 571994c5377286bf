/**
 * `npx chithi parse FILE --json`, run as a user runs it: a separate process, JSON on stdout. What it
 * prints is checked against the zod `Directive` schema, the contract every other part of the portal reads.
 */
import { execFileSync } from 'node:child_process';
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
});

describe('chithi parse, readable', () => {
  test('prints the fields and the clause tree', () => {
    const out = chithi('parse', 'content/directives/thanh-hoa-2021-07-22-329-cv-tu.txt');
    expect(out).toMatch(/number\s+329-CV\/TU/);
    expect(out).toMatch(/\[3\.-1\] Chỉ đạo thực hiện sâu rộng/);
  });
});
