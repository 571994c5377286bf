/**
 * What the /so-sanh page shows, as it stands in the URL, so that every view has a link that
 * reproduces it (the directive page links here with `?clause=<directive>%23<clause>`):
 *   ?clause=<directive>#<clause>[&base=<directive>]   one clause against every other directive
 *   ?measure=<id>[&base=<directive>]                   every directive's clause on one measure
 *   ?a=<directive>&b=<directive>                       two directives, clause by clause
 *   ?draft=<text>                                      the precedent finder
 * `base` is the directive whose column the reader chose to diff the others against.
 */
export type CompareRequest =
  | { kind: 'clause'; directive: string; clauseId: string; base: string | null }
  | { kind: 'measure'; measure: string; base: string | null }
  | { kind: 'directives'; a: string; b: string }
  | { kind: 'precedent'; draft: string }
  | { kind: 'none' };

export function parseRequest(search: string): CompareRequest {
  const params = new URLSearchParams(search);
  const base = params.get('base') || null;
  const clause = params.get('clause');
  if (clause?.includes('#')) {
    const at = clause.indexOf('#');
    return { kind: 'clause', directive: clause.slice(0, at), clauseId: clause.slice(at + 1), base };
  }
  const measure = params.get('measure');
  if (measure) return { kind: 'measure', measure, base };
  const a = params.get('a');
  const b = params.get('b');
  if (a && b) return { kind: 'directives', a, b };
  const draft = params.get('draft');
  if (draft?.trim()) return { kind: 'precedent', draft };
  return { kind: 'none' };
}

export function requestToSearch(request: CompareRequest): string {
  const params = new URLSearchParams();
  switch (request.kind) {
    case 'clause':
      params.set('clause', `${request.directive}#${request.clauseId}`);
      if (request.base) params.set('base', request.base);
      break;
    case 'measure':
      params.set('measure', request.measure);
      if (request.base) params.set('base', request.base);
      break;
    case 'directives':
      params.set('a', request.a);
      params.set('b', request.b);
      break;
    case 'precedent':
      params.set('draft', request.draft);
      break;
    case 'none':
      break;
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
