/**
 * Lays out a synthetic directive as text, the way the parser would have found it, so that every
 * clause span points at its paragraph in `text.normalized` like a parsed directive's does.
 */
import type { UnnamedClause as Clause } from '../directive/naming.ts';
import type { SourceSpan } from '../directive/schema.ts';
import { makeClauseId } from '../directive/clauses.ts';

export interface DraftClause {
  kind: 'numbered' | 'lettered' | 'bullet';
  text: string;
  children: Array<{ kind: 'lettered' | 'bullet'; text: string }>;
}

export interface Layout {
  text: string;
  clauses: Clause[];
}

const LETTERS = 'abcdefghiklmnopqrstuvxy';

/** Header lines, then preamble, numbered clauses with their points, and the closing paragraph. */
export function layOut(
  header: readonly string[],
  preamble: string,
  drafts: readonly DraftClause[],
  closing: string,
): Layout {
  const lines: string[] = [...header, preamble];
  const clauses: Clause[] = [];
  let offset = lines.reduce((n, line) => n + line.length + 1, 0);
  const add = (marker: string, text: string): SourceSpan => {
    const line = `${marker} ${text}`;
    const span = { start: offset, end: offset + line.length, line: lines.length + 1 };
    lines.push(line);
    offset += line.length + 1;
    return span;
  };
  drafts.forEach((draft, i) => {
    const id = String(i + 1);
    const marker = `${id}.`;
    clauses.push(clause(id, 'numbered', marker, null, 0, draft.text, null, add(marker, draft.text)));
    let bullets = 0;
    draft.children.forEach((child, j) => {
      const own = child.kind === 'lettered' ? (LETTERS[j] ?? `z${j}`) : `-${++bullets}`;
      const childMarker = child.kind === 'lettered' ? `${own})` : '-';
      const span = add(childMarker, child.text);
      clauses.push(clause(`${id}.${own}`, child.kind, childMarker, id, 1, child.text, draft.text, span));
    });
  });
  lines.push(closing);
  const text = `${lines.join('\n')}\n`;
  // Each clause's text (and a point's lead-in, its parent's text) becomes a slice of the whole:
  // V8 keeps a slice as a pointer into the whole text, so 5,000 directives hold their wording once
  // instead of twice.
  const own = new Map(clauses.map((c) => [c.id, text.slice(c.span.start + c.marker.length + 1, c.span.end)]));
  return {
    text,
    clauses: clauses.map((c) => ({
      ...c,
      text: own.get(c.id)!,
      leadIn: c.parentId === null ? null : own.get(c.parentId)!,
    })),
  };
}

function clause(
  id: string,
  kind: Clause['kind'],
  marker: string,
  parentId: string | null,
  depth: number,
  text: string,
  leadIn: string | null,
  span: SourceSpan,
): Clause {
  return {
    id: makeClauseId(id),
    kind,
    marker,
    parentId: parentId === null ? null : makeClauseId(parentId),
    depth,
    text,
    leadIn,
    span,
    measures: [],
    cues: [],
  };
}
