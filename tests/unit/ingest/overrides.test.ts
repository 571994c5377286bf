/**
 * Overrides: facts a text lacks, given in `<name>.meta.yaml` beside it, shown as provided.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { ingestDirectory } from '../../../src/lib/ingest/ingest.ts';

const sonLa = fileURLToPath(
  new URL('../../../content/directives/son-la-2021-ct-ubnd-thay-the-24.txt', import.meta.url),
);
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function ingestWith(meta: string) {
  dir = mkdtempSync(join(tmpdir(), 'chithi-overrides-'));
  copyFileSync(sonLa, join(dir, 'son-la.txt'));
  writeFileSync(join(dir, 'son-la.meta.yaml'), meta);
  return ingestDirectory({ dir, cache: false });
}

describe('overrides', () => {
  test('a date known from elsewhere is provided, with its source, and replaces the bound', async () => {
    const { directives } = await ingestWith(
      'date: 2021-10-20\nnumber: 52/CT-UBND\nsourceUrl: https://example.org/son-la\nnote: from the signed scan\n',
    );
    const d = directives[0]!;
    expect(d.date).toMatchObject({ provenance: 'provided', value: '2021-10-20' });
    expect(d.date?.provenance === 'provided' && d.date.source).toMatch(/son-la\.meta\.yaml \(from the signed scan\)/);
    expect(d.number).toMatchObject({ provenance: 'provided', value: '52/CT-UBND' });
    expect(d.sourceUrl).toBe('https://example.org/son-la');
    expect(d.dateBounds).toBeNull();
    expect(d.warnings.map((w) => w.code)).not.toContain('no-date');
  });

  test('an override that contradicts the text wins, and the disagreement is reported', async () => {
    const { directives } = await ingestWith('province: dien-bien\n');
    const d = directives[0]!;
    expect(d.province).toMatchObject({ provenance: 'provided', value: { id: 'dien-bien' } });
    expect(d.warnings.find((w) => w.code === 'override')?.message).toMatch(/son-la.*dien-bien/s);
  });

  test.each([
    ['an unknown key', 'dated: 2021-10-20\n', /:1: .*dated/],
    ['a date in the wrong form', 'note: x\ndate: 20/10/2021\n', /:2: “date”/],
    ['an unknown province', 'province: atlantis\n', /:1: “province”: not a province id/],
    ['broken YAML', 'date: [2021\n', /:\d+: not valid YAML/],
  ])('%s is refused with the override file and line', async (_what, meta, message) => {
    const { report, directives } = await ingestWith(meta);
    expect(directives).toHaveLength(0);
    expect(report.files[0]?.messages[0]).toMatch(/son-la\.meta\.yaml/);
    expect(report.files[0]?.messages[0]).toMatch(message);
  });
});
