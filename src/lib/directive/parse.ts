/**
 * Raw text → `Directive`. Pure: no file access; the ingest stage reads files and overrides.
 *
 * Order of work: normalise once → lines → zones (debris, lead, header, body, tail) → each zone's
 * fields → decide every field from its best source, keeping the provenance → warnings for what
 * is missing or doubtful. Measures are tagged later, by src/lib/measures.
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../text/normalize.ts';
import { foldKey } from '../text/fold.ts';
import { splitLines, type Line } from './lines.ts';
import { findZones, type Zones } from './zones.ts';
import { readHeader, spanOfLines, type Found } from './header.ts';
import { readLead } from './lead-fields.ts';
import { decideIdentity, placeTopLines } from './identity.ts';
import { readMetadataBlock, METADATA_NOTE } from './metadata-block.ts';
import { toParagraphs, type Paragraph } from './paragraphs.ts';
import { buildClauses, leadClauses } from './clauses.ts';
import { readTail, issuerFromSigner } from './signature.ts';
import { findCitations } from './citations.ts';
import { isCentralCode } from './doc-code.ts';
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

/**
 * Longest id kept as it is. The id names files of the site (`van-ban/<id>/index.html`,
 * `du-lieu/van-ban/<id>.json`) and a file system holds at most 255 bytes per name, so a 255-byte
 * file name must not give a 251-character id; 96 characters still read as the file's name.
 */
export const MAX_ID_LENGTH = 96;
/** Hex digits of the hash that stands for the cut-off end of a long id (32 bits: unique among a corpus). */
const ID_HASH_LENGTH = 8;

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
  return DirectiveId.parse(boundedSlug(slug));
}

/** A slug over MAX_ID_LENGTH: its start, cut at a hyphen where there is one, and a hash of the whole. */
function boundedSlug(slug: string): string {
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const hash = createHash('sha256').update(slug).digest('hex').slice(0, ID_HASH_LENGTH);
  const room = MAX_ID_LENGTH - ID_HASH_LENGTH - 1;
  const head = slug.slice(0, room);
  const cut = head.lastIndexOf('-');
  return `${cut > room / 2 ? head.slice(0, cut) : head.replace(/-+$/, '')}-${hash}`;
}

export function parseDirective(input: ParseInput): Directive {
  const normalized = normalizeText(input.text);
  const lines = splitLines(normalized);
  const zones = findZones(lines);
  const header = readHeader(zones.header);
  const identity = decideIdentity(placeTopLines(topLines(lines, zones), zones.lead?.leadLine ?? null));
  const lead = readLead(zones.lead, identity);
  const paragraphs = toParagraphs(zones.body);
  const operative = buildClauses(paragraphs, { afterLead: zones.lead !== null });
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
  const ownCode = header.number ?? lead?.number ?? metadata.number ?? null;
  const province = readProvince({
    central: ownCode ? isCentralCode(ownCode.value) : false,
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
        ? [...leadClauses(toParagraphs([zones.lead.leadLine])[0]!), ...operative.clauses]
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

/** How many lines at the top of a page without a header may say which document it is. */
const TOP_LINES = 15;

/**
 * The lines the identity decision reads: with a header, only the news lead above it (what else
 * stands there is a database's list or a portal's chrome); without one, the top of the page.
 */
function topLines(lines: Line[], zones: Zones): Line[] {
  if (zones.header.length > 0) return zones.lead?.lines ?? [];
  return lines.filter((l) => !zones.debris.excluded.has(l.index) && l.text !== '').slice(0, TOP_LINES);
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
