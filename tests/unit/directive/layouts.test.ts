/**
 * Layouts real directives arrive in beyond the seeds' own: the two-column headers of state and
 * Party documents (as "|" cells, or as separate lines with rules), a legal database's metadata
 * block before the real header, a portal's news lead, decisions in articles, plans in Roman parts,
 * a fragment with no header. Each fixture in tests/fixtures/directive/ is built from seed wording;
 * its expected values (a subset of the parser's JSON) stand beside it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';

const dir = new URL('../../fixtures/directive/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('parseDirective on other layouts', () => {
  test.each(fixtures)('%s', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), dir), 'utf8')) as Record<
      string,
      unknown
    >;
    const d = parseDirective({ file: `tests/fixtures/directive/${name}`, text });
    const { clauseIds, warningCodes, citationNumbers, closing, ...fields } = expected;
    expect(d).toMatchObject(fields);
    if (clauseIds) expect(d.clauses.map((c) => c.id)).toEqual(clauseIds);
    if (warningCodes) expect(d.warnings.map((w) => w.code)).toEqual(warningCodes);
    if (citationNumbers) expect(d.citations.map((c) => c.number)).toEqual(citationNumbers);
    if (closing) expect(d.closing).toBe(closing);
  });

  test('numbers in a metadata block or related-documents list are never taken for the document’s own', () => {
    const text = readFileSync(new URL('legal-database-metadata-first.txt', dir), 'utf8');
    const d = parseDirective({ file: 'x.txt', text });
    expect(d.number?.value).toBe('31/CT-UBND');
    expect(d.citations.map((c) => c.number)).not.toContain('16/CT-TTg');
    expect(d.preamble).not.toContain('Văn bản liên quan');
  });
});
