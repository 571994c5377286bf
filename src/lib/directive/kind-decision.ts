/**
 * Loại văn bản and cơ quan ban hành, each from its best source (strongest first).
 *
 * Kind: the title ("CHỈ THỊ") · the news lead ("ban hành Chỉ thị số …") · the type letters of the
 * number ("329-CV/TU": CV) · the closing's self-reference ("thực hiện Công văn này") · a number
 * with no type letters ("2508/UBND-KGVX", how a công văn is numbered; inferred) · a "V/v" subject,
 * which only letters (công văn) carry (inferred).
 *
 * Issuer: the body speaking in the news lead or right before the operative part ("Ban Thường vụ
 * Tỉnh ủy yêu cầu:") · the title or the header's left column · the signature ("T/M BAN THƯỜNG VỤ")
 * · the issuer letters of the number ("/TU": the Tỉnh ủy; inferred).
 */
import { METADATA_NOTE } from './metadata-block.ts';
import type { DocType, Field, Issuer, IssuerKind, SourceSpan } from './schema.ts';
import type { Found, HeaderFields } from './header.ts';
import type { LeadFields } from './lead-fields.ts';
import type { Paragraph } from './paragraphs.ts';
import type { DocCode } from './doc-code.ts';
import { DOC_TYPE_LABELS, docTypeFromName } from './doc-types.ts';
import { ISSUER_LABELS, findSpeakingIssuers } from './issuers.ts';
import { within } from './lead-fields.ts';

export function decideDocType(input: {
  header: HeaderFields;
  lead: LeadFields | null;
  preamble: Paragraph[];
  closing: Paragraph[];
  number: Found<DocCode> | null;
  /** "Loại văn bản: …" of a metadata block above the document ("Văn bản khác" never reaches here). */
  metadata: Found<DocType> | null;
}): Field<DocType> | null {
  const { header, lead, number } = input;
  if (header.docType) return { provenance: 'extracted', value: header.docType.value, span: header.docType.span };
  if (lead?.docType)
    return {
      provenance: 'extracted',
      value: lead.docType.value,
      span: lead.docType.span,
      note: 'stated by the news lead',
    };
  if (number?.value.docType) {
    const letters = number.value.groups[0] ?? '';
    // "TB" marks every notice; one whose body "kết luận:" records a meeting's conclusions is a
    // thông báo kết luận (the title that says so may be lost in a copy).
    const concludes =
      number.value.docType === 'thong-bao' && input.preamble.some((p) => /(?<!\p{L})kết luận\s*:/u.test(p.text));
    return {
      provenance: 'extracted',
      value: concludes ? 'thong-bao-ket-luan' : number.value.docType,
      span: number.span,
      note: `the type letters “${letters}” of the number`,
    };
  }
  for (const paragraph of input.closing) {
    const m =
      /(Chỉ thị|Công văn|Công điện|Thông báo kết luận|Thông báo|Kết luận|Quyết định|Kế hoạch|Hướng dẫn)\s+này(?!\p{L})/u.exec(
        paragraph.text,
      );
    const type = m ? docTypeFromName(m[1]!) : null;
    if (m && type) {
      const line = paragraph.lines.find((l) => l.raw.includes(m[0])) ?? paragraph.lines[0]!;
      return { provenance: 'extracted', value: type, span: within(line, m[0]), note: `the closing calls it “${m[0]}”` };
    }
  }
  if (input.metadata)
    return { provenance: 'extracted', value: input.metadata.value, span: input.metadata.span, note: METADATA_NOTE };
  const fromCode = number ? kindFromCode(number) : null;
  if (fromCode) return fromCode;
  if (header.subject && header.subjectPrefix?.toLowerCase() === 'v/v') {
    return {
      provenance: 'inferred',
      value: 'cong-van',
      evidence: [
        {
          text: `V/v ${header.subject.value}`,
          note: `only a ${DOC_TYPE_LABELS['cong-van']} carries a “V/v” subject`,
          span: header.subject.span,
        },
      ],
    };
  }
  return null;
}

/**
 * A state-style code whose first group is a body, not type letters ("2508/UBND-KGVX", "35/TTg-KGVX"):
 * that is how a công văn is numbered (Nghị định 30/2020/NĐ-CP, appendix I), so "văn bản số
 * 2508/UBND-KGVX" is a Công văn (inferred, with the code as evidence).
 */
function kindFromCode(number: Found<DocCode>): Field<DocType> | null {
  const { printed, groups, docType } = number.value;
  if (docType || !/^\d+\//.test(printed) || groups.length < 2) return null;
  return {
    provenance: 'inferred',
    value: 'cong-van',
    evidence: [
      {
        text: printed,
        note: `“${printed}” carries no type letters, only the issuing body and its unit: so a ${DOC_TYPE_LABELS['cong-van']} is numbered`,
        span: number.span,
      },
    ],
  };
}

export function decideIssuer(input: {
  header: HeaderFields;
  lead: LeadFields | null;
  preamble: Paragraph[];
  signer: { kind: IssuerKind | null; span: SourceSpan } | null;
  number: Found<DocCode> | null;
}): Field<Issuer> | null {
  const issuer = (kind: IssuerKind): Issuer => ({ kind, name: ISSUER_LABELS[kind] });
  const speaking = lastSpeaker(input.preamble);
  // A lead names the issuer loosely ("UBND tỉnh ban hành …") where the body says who orders
  // ("Chủ tịch UBND tỉnh yêu cầu"): the body's narrower body of the same family wins.
  const narrower = [speaking?.value, input.header.issuer?.value].some(
    (kind) => kind && input.lead?.issuer && narrows(input.lead.issuer.value, kind),
  );
  if (input.lead?.issuer && !narrower)
    return {
      provenance: 'extracted',
      value: issuer(input.lead.issuer.value),
      span: input.lead.issuer.span,
      note: 'stated by the news lead',
    };
  if (speaking) return { provenance: 'extracted', ...speaking, value: issuer(speaking.value) };
  if (input.header.issuer)
    return { provenance: 'extracted', value: issuer(input.header.issuer.value), span: input.header.issuer.span };
  if (input.signer?.kind)
    return {
      provenance: 'extracted',
      value: issuer(input.signer.kind),
      span: input.signer.span,
      note: 'the signature block',
    };
  const letters = input.number?.value.groups.at(-1)?.toUpperCase();
  if (input.number && letters === 'TU') {
    return {
      provenance: 'inferred',
      value: issuer('tinh-uy'),
      evidence: [
        {
          text: input.number.value.printed,
          note: '“/TU” in a number marks a document of the Tỉnh ủy',
          span: input.number.span,
        },
      ],
    };
  }
  if (input.number && letters === 'UBND') {
    return {
      provenance: 'inferred',
      value: issuer('ubnd-tinh'),
      evidence: [
        {
          text: input.number.value.printed,
          note: '“-UBND” in a number marks a document of the provincial People’s Committee',
          span: input.number.span,
        },
      ],
    };
  }
  return null;
}

/** Whether `specific` is a narrower body inside `loose`: the Chủ tịch of the UBND, a standing committee of the Tỉnh ủy. */
function narrows(loose: IssuerKind, specific: IssuerKind): boolean {
  if (loose === 'ubnd-tinh') return specific === 'chu-tich-ubnd-tinh';
  if (loose === 'tinh-uy') return specific === 'ban-thuong-vu-tinh-uy' || specific === 'thuong-truc-tinh-uy';
  return false;
}

/** The last body that speaks in the preamble: the one that gives the orders that follow. */
function lastSpeaker(preamble: Paragraph[]): { value: IssuerKind; span: SourceSpan } | null {
  for (const paragraph of preamble.toReversed()) {
    const mention = findSpeakingIssuers(paragraph.text).at(-1);
    if (!mention) continue;
    const line = paragraph.lines.find((l) => l.raw.includes(mention.text)) ?? paragraph.lines[0]!;
    return { value: mention.kind, span: within(line, mention.text) };
  }
  return null;
}
