/**
 * `npx chithi parse FILE --json`, run as a user runs it: a separate process, JSON on stdout.
 * The keys listed here are the contract every other part of the portal reads.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function chithi(...args: string[]): string {
  return execFileSync(process.execPath, ['scripts/chithi.mjs', ...args], { cwd: root, encoding: 'utf8' });
}

describe('chithi parse --json', () => {
  const json = JSON.parse(
    chithi('parse', 'content/directives/son-la-2021-ct-ubnd-thay-the-24.txt', '--json'),
  ) as Record<string, unknown>;

  test('prints every key the other parts read', () => {
    for (const key of [
      'id',
      'province',
      'docType',
      'number',
      'issuer',
      'date',
      'dateBounds',
      'subject',
      'signer',
      'citations',
      'clauses',
      'warnings',
    ]) {
      expect(json).toHaveProperty(key);
    }
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
