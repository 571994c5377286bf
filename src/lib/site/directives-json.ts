/**
 * directives.json: the whole coded dataset, one object per directive exactly as the schema
 * defines it (every field with its provenance, the clause tree, the citations, the texts), wrapped
 * with what a reader needs to interpret it: when it was built and where the schema is documented.
 */
import type { Directive } from '../directive/schema.ts';

export interface DirectivesDownload {
  /** Where the fields are described. */
  documentation: string;
  /** ISO timestamp of the build. */
  generated: string;
  count: number;
  directives: Directive[];
}

export function directivesDownload(directives: readonly Directive[], now: Date = new Date()): DirectivesDownload {
  return {
    documentation: '/du-lieu',
    generated: now.toISOString(),
    count: directives.length,
    directives: [...directives],
  };
}
