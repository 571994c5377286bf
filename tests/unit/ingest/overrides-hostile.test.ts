/**
 * Issue 12, items 2 and 7: a sidecar is input from outside. A `javascript:` or `data:` source URL
 * would become a clickable "Nguồn" link that runs script; a date that is no day would be published
 * as 30/02/2021. Both are refused at ingest with the file, the line and the value.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readOverrides } from '../../../src/lib/ingest/overrides.ts';
import { Directive, IsoDate } from '../../../src/lib/directive/schema.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function sidecar(yaml: string) {
  dir = mkdtempSync(join(tmpdir(), 'chithi-hostile-sidecar-'));
  const file = join(dir, 'x.meta.yaml');
  writeFileSync(file, yaml);
  return readOverrides(file, 'x.meta.yaml');
}

describe('a hostile sidecar', () => {
  test.each([
    ['javascript:alert(document.cookie)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['JaVaScRiPt:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
  ])('sourceUrl %s is refused, naming the file, the line and the value', async (url) => {
    const result = await sidecar(`note: copied by hand\nsourceUrl: "${url}"\n`);
    expect(result).toEqual({
      ok: false,
      file: 'x.meta.yaml',
      line: 2,
      message: `“sourceUrl”: “${url}” is not an http(s) address`,
    });
  });

  test('an https source URL is kept', async () => {
    expect(await sidecar('sourceUrl: https://thanhhoa.gov.vn/van-ban/329\n')).toEqual({
      ok: true,
      overrides: { sourceUrl: 'https://thanhhoa.gov.vn/van-ban/329' },
    });
  });

  test.each([
    ['2021-02-30', 'is not a day on the calendar'],
    ['2021-13-45', 'is not a day on the calendar'],
    ['2021-02-29', 'is not a day on the calendar'],
    ['21-2-3', 'is not a date of the form YYYY-MM-DD'],
  ])('date %s is refused with the value named', async (date, why) => {
    const result = await sidecar(`number: 07-CT/TU\n\ndate: "${date}"\n`);
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(result.ok === false && result.message).toContain(`“${date}” ${why}`);
  });

  test('a leap day is a day', async () => {
    expect(await sidecar('date: "2020-02-29"\n')).toEqual({ ok: true, overrides: { date: '2020-02-29' } });
  });
});

describe('the schema', () => {
  test('IsoDate accepts only days of the calendar', () => {
    expect(IsoDate.safeParse('2021-07-22').success).toBe(true);
    expect(IsoDate.safeParse('2021-02-30').success).toBe(false);
    expect(IsoDate.safeParse('2021-04-31').success).toBe(false);
  });

  test('a directive whose sourceUrl is not http(s) does not pass the contract', () => {
    const shape = Directive.shape.sourceUrl;
    expect(shape.safeParse('https://example.org/a').success).toBe(true);
    expect(shape.safeParse(null).success).toBe(true);
    expect(shape.safeParse('javascript:alert(1)').success).toBe(false);
  });
});
