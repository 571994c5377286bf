/**
 * One source → one `Directive`: parse, tag measures, apply overrides, and carry the reader's
 * warnings. This is the whole pipeline for a single file; ingest.ts runs it over a folder.
 */
import { parseDirective } from '../directive/parse.ts';
import type { Directive } from '../directive/schema.ts';
import { tagDirective } from '../measures/tag-directive.ts';
import type { SourceReadResult } from '../source/source-types.ts';
import { displayPath } from '../paths.ts';
import { applyOverrides, type Overrides } from './overrides.ts';

export function buildDirective(
  source: Extract<SourceReadResult, { ok: true }>,
  overrides: { value: Overrides; file: string } | null,
  /** Told when tagging starts, so that ingest can say which stage a file over its time budget was in. */
  onStage: (stage: 'tagging') => void = () => {},
): Directive {
  const file = displayPath(source.file);
  const parsed = parseDirective({ file, text: source.text, encoding: source.encoding });
  onStage('tagging');
  let directive = tagDirective(parsed);
  directive.warnings.unshift(
    ...source.warnings.map((w) => ({
      code: 'source' as const,
      message: w.message,
      ...(w.line ? { line: w.line } : {}),
    })),
  );
  if (overrides) directive = applyOverrides(directive, overrides.value, displayPath(overrides.file));
  return directive;
}
