/**
 * Raw text → `Directive`. Pure: no file access; the ingest stage reads files and overrides.
 *
 * Order of work: normalise once → lines → zones (debris, lead, header, body, tail) → each zone's
 * fields → decide every field from its best source, keeping the provenance → warnings for what
 * is missing or doubtful. Measures are tagged later, by src/lib/measures.
 */
import { normalizeText } from '../text/normalize.ts';
import { foldKey } from '../text/fold.ts';
import { splitLines, type Line } from './lines.ts';
import { findZones } from './zones.ts';
import { readHeader, spanOfLines, type Found } from './header.ts';
import { readLead } from './lead-fields.ts';
import { readMetadataBlock, METADATA_NOTE } from './metadata-block.ts';
import { toParagraphs, type Paragraph } from './paragraphs.ts';
import { buildClauses, leadClause } from './clauses.ts';
import { readTail, issuerFromSigner } from './signature.ts';
import { findCitations } from './citations.ts';
import { readProvince } from './province.ts';
import { decideDate } from './date-decision.ts';
import { decideDocType, decideIssuer } from './kind-decision.ts';
import { nameDirective, type UnnamedDirective } from './naming.ts';
import { piecesOfLines, readInForce } from '../periods/index.ts';
import { DirectiveId, type Directive, type Field, type ParseWarning } from './schema.ts';

export interface ParseInput {
  /** Path of the source, relative to the project root; its base name gives the id. */
  file: string;
  /** The decoded text as received. */
  text: string;
  encoding?: string;
}

/** The id of the directive in `file`: the slug of its base name. The one place directive ids are made. */
export function directiveId(file: string): DirectiveId {
  const base = file
    .split(/[\\/]/)
    .at(-1)!
    .replace(/\.[^.]+$/, '');
  const slug =
    foldKey(base)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'van-ban';
  return DirectiveId.parse(slug);
}

export function parseDirective(input: ParseInput): Directive {
  const normalized = normalizeText(input.text);
  const lines = splitLines(normalized);
  const zones = findZones(lines);
  const header = readHeader(zones.header);
  const lead = zones.lead ? readLead(zones.lead) : null;
  const paragraphs = toParagraphs(zones.body);
  const operative = buildClauses(paragraphs);
  const tail = readTail(zones.tail);
  const warnings: ParseWarning[] = [];

  const metadata = readMetadataBlock(zones.preHeader);
  const number: Directive['number'] = header.number
    ? { provenance: 'extracted', value: header.number.value.printed, span: header.number.span }
    : lead?.number
      ? {
          provenance: 'extracted',
          value: lead.number.value.printed,
          span: lead.number.span,
          note: 'stated by the news lead',
        }
      : metadata.number
        ? {
            provenance: 'extracted',
            value: metadata.number.value.printed,
            span: metadata.number.span,
            note: METADATA_NOTE,
          }
        : null;
  const ownKey = header.number?.value.key ?? lead?.number?.value.key ?? metadata.number?.value.key ?? null;

  const citations = findCitations(
    zones.body.map((l) => ({ text: l.raw, offset: l.start, line: l.lineNo })),
    ownKey,
  );

  const docType = decideDocType({
    header,
    lead,
    preamble: operative.preamble,
    closing: operative.closing,
    number: header.number ?? lead?.number ?? metadata.number ?? null,
    metadata: metadata.docType,
  });
  const issuer = decideIssuer({
    header,
    lead,
    preamble: operative.preamble,
    signer: tail.signer
      ? {
          kind: issuerFromSigner(tail.signer.value),
          span: spanOfLines(tail.signer.lines[0]!, tail.signer.lines.at(-1)),
        }
      : null,
    number: header.number ?? lead?.number ?? null,
  });

  const masked = maskOutside(normalized, lines, [...(zones.lead?.lines ?? []), ...zones.body]);
  const province = readProvince({
    place: header.place,
    issuerLine: header.issuerLine,
    banner: zones.debris.banner
      ? { text: zones.debris.banner.text, span: spanOfLines(zones.debris.banner.line) }
      : null,
    body: { text: masked, offset: 0, lineAt: (offset) => lineAt(lines, offset) },
  });

  const { date, dateBounds } = decideDate({
    header,
    lead,
    docType: docType?.value ?? null,
    metadata: metadata.date,
    preamble: operative.preamble,
    citations,
  });

  const subject: Directive['subject'] = header.subject
    ? { provenance: 'extracted', value: header.subject.value, span: header.subject.span }
    : lead?.subject
      ? { provenance: 'extracted', value: lead.subject.value, span: lead.subject.span, note: 'stated by the news lead' }
      : null;

  const directive: UnnamedDirective = {
    id: directiveId(input.file),
    file: input.file,
    province: province.field,
    docType,
    number,
    issuer,
    date,
    dateBounds,
    place: header.place ? { provenance: 'extracted', value: header.place.value, span: header.place.span } : null,
    subject,
    urgency: header.urgency
      ? { provenance: 'extracted', value: header.urgency.value, span: header.urgency.span }
      : null,
    recipients: extracted(header.recipients),
    signer: tail.signer
      ? {
          provenance: 'extracted',
          value: tail.signer.value,
          span: spanOfLines(tail.signer.lines[0]!, tail.signer.lines.at(-1)),
        }
      : null,
    distribution: tail.distribution
      ? {
          provenance: 'extracted',
          value: tail.distribution.items,
          span: spanOfLines(tail.distribution.lines[0]!, tail.distribution.lines.at(-1)),
        }
      : null,
    lead: zones.lead ? zones.lead.lines.map((l) => l.text).join('\n') : null,
    preamble: joinParagraphs(operative.preamble),
    clauses:
      lead && zones.lead
        ? [leadClause(toParagraphs([zones.lead.leadLine])[0]!), ...operative.clauses]
        : operative.clauses,
    closing: joinParagraphs(operative.closing),
    citations,
    measures: [],
    sourceUrl: null,
    text: { original: input.text, normalized, encoding: input.encoding ?? 'utf-8' },
    synthetic: false,
    warnings,
  };
  warnings.push(
    ...missingFieldWarnings(
      directive,
      zones.header.length === 0 && !zones.lead,
      province.misspelt,
      header.place?.span.line,
    ),
  );
  // Periods in force, relations and numeric parameters, read from the lead and the body's paragraphs (periods/).
  const body = [...(zones.lead ? toParagraphs(zones.lead.lines) : []), ...paragraphs].map((p) => p.lines);
  return nameDirective(readInForce(directive, piecesOfLines(normalized, body)));
}

function extracted<T>(found: Found<T> | null): Field<T> | null {
  return found ? { provenance: 'extracted', value: found.value, span: found.span } : null;
}

function joinParagraphs(paragraphs: Paragraph[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}

/** The normalised text with every line outside `keep` blanked, offsets unchanged. */
function maskOutside(normalized: string, lines: Line[], keep: Line[]): string {
  const kept = new Set(keep.map((l) => l.index));
  return lines
    .map((l) => (kept.has(l.index) ? l.raw : ' '.repeat(l.raw.length)))
    .join('\n')
    .slice(0, normalized.length);
}

function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]?.lineNo ?? 1;
}

function lineOf(span: { line: number } | undefined): { line?: number } {
  return span ? { line: span.line } : {};
}

function missingFieldWarnings(
  d: UnnamedDirective,
  noHeader: boolean,
  misspelt: string | null,
  placeLine: number | undefined,
): ParseWarning[] {
  const w: ParseWarning[] = [];
  if (noHeader)
    w.push({
      code: 'no-header',
      message: 'no header recognised (no "Số …", place and date, title, or news lead): fields come from the body only',
    });
  if (!d.number) w.push({ code: 'no-number', message: 'no document number (số hiệu) is printed' });
  if (!d.date) {
    const bound = d.dateBounds?.notBefore?.value;
    w.push({ code: 'no-date', message: `no date is printed${bound ? `; issued no earlier than ${bound}` : ''}` });
  } else if (d.date.provenance === 'inferred') {
    w.push({
      code: 'date-inferred',
      message: `date ${d.date.value} is inferred: ${d.date.evidence[0]?.note ?? ''}`,
      ...lineOf(d.date.evidence[0]?.span),
    });
  }
  if (!d.docType) w.push({ code: 'no-doc-type', message: 'document type not recognised' });
  if (!d.issuer) w.push({ code: 'no-issuer', message: 'issuing body not recognised' });
  if (!d.province)
    w.push({ code: 'no-province', message: 'province not recognised, and no place names in the body point to one' });
  else if (d.province.provenance === 'inferred') {
    w.push({
      code: 'province-inferred',
      message: `province ${d.province.value.name} is inferred: ${d.province.evidence.map((e) => `“${e.text}”`).join(', ')}`,
      ...lineOf(d.province.evidence[0]?.span),
    });
  }
  if (misspelt)
    w.push({
      code: 'place-misspelt',
      message: `the place is printed as “${misspelt}”; read as ${d.province?.value.name}`,
      ...(placeLine ? { line: placeLine } : {}),
    });
  if (d.clauses.length === 0)
    w.push({ code: 'no-clauses', message: 'no numbered, lettered or bulleted items found in the body' });
  return w;
}
