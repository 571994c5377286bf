/**
 * Who issued the document: a province's body, or the centre (Thủ tướng, Chính phủ, a Bộ, the Party's
 * central organs). Read only from what is the document's OWN: its number's issuer part, and the
 * issuing body printed at the top of its header. A provincial directive cites central documents all
 * the time ("Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"): a citation never decides.
 *
 *   own code      "15/CT-TTg", "128/NQ-CP", "2787/QĐ-BYT", "11-CT/TW"   → central
 *                 "24/CT-UBND", "07-CT/TU", "600/CĐ-BCĐ" (a province's BCĐ) → provincial
 *   header line   "THỦ TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ", "BỘ Y TẾ", "VĂN PHÒNG CHÍNH PHỦ" → central
 *                 (an ALL-CAPS line among the first lines, before the body starts)
 *
 * Nothing else is read: a place line ("Hà Nội, ngày …") names where a document was signed, and the
 * centre signs in Hà Nội.
 */
import { parseDocCode } from '../directive/doc-code.ts';
import type { Directive, Evidence } from '../directive/schema.ts';
import { foldKey } from '../text/fold.ts';

export type IssuingLevel = 'provincial' | 'central';

/**
 * Issuer parts of the centre's codes: the Prime Minister (TTg), the Government (CP), its office
 * (VPCP), the ministries (BYT health, BGDĐT education, BTC finance, BCT industry and trade, BCA
 * public security, BQP defence, BNV home affairs, BTTTT information, BGTVT transport, BVHTTDL
 * culture, BLĐTBXH labour, BKHĐT planning, BNG foreign affairs, BTP justice, BNNPTNT agriculture,
 * BTNMT environment, BXD construction, BKHCN science), the State Bank (NHNN), the national steering
 * committee (BCĐQG), and the Party's Central Committee and its organs (TW).
 */
const CENTRAL_ISSUERS = new Set(
  [
    'TTg',
    'CP',
    'VPCP',
    'BYT',
    'BGDĐT',
    'BTC',
    'BCT',
    'BCA',
    'BQP',
    'BNV',
    'BTTTT',
    'BGTVT',
    'BVHTTDL',
    'BLĐTBXH',
    'BKHĐT',
    'BNG',
    'BTP',
    'BNNPTNT',
    'BTNMT',
    'BXD',
    'BKHCN',
    'NHNN',
    'BCĐQG',
    'TW',
  ].map((code) => foldKey(code)),
);

/** Issuer parts of a province's codes: its People's Committee, Party committee, council, steering committee, departments. */
const PROVINCIAL_ISSUERS = /^(?:ubnd|tu|ttu|btv|hdnd|bcd|ctubnd|vp|s[a-z]{1,8}|ub)$/;

/**
 * The issuing body at the top of a central document's header, alone on its line or followed by the
 * national motto where a scan's two columns were read as one line. "BỘ CHỈ HUY QUÂN SỰ TỈNH …" is a
 * province's military command: a line naming a province or city is never central.
 */
const CENTRAL_HEADER =
  /^(?!.*(?:TỈNH|THÀNH PHỐ))(?:THỦ TƯỚNG CHÍNH PHỦ|CHÍNH PHỦ|VĂN PHÒNG CHÍNH PHỦ|BỘ [A-ZĐÀ-Ỹ ,]{2,40}?|BAN CHẤP HÀNH TRUNG ƯƠNG|BAN BÍ THƯ|BỘ CHÍNH TRỊ)(?:\s+CỘNG HO[ÀA]\b.*)?$/u;

/** How many lines from the top a header's issuing body may stand (below a scan's stamp or a web banner). */
const HEADER_LINES = 12;

export interface LevelReading {
  level: IssuingLevel | null;
  evidence: Evidence[];
}

export function readIssuingLevel(directive: Directive): LevelReading {
  const code = directive.number ? parseDocCode(directive.number.value) : null;
  const issuerPart = code?.groups.at(-1);
  const span = directive.number?.provenance === 'extracted' ? directive.number.span : undefined;
  if (issuerPart && CENTRAL_ISSUERS.has(foldKey(issuerPart))) {
    return {
      level: 'central',
      evidence: [
        {
          text: directive.number!.value,
          note: `the document's own number is issued by the centre (${issuerPart})`,
          ...(span && { span }),
        },
      ],
    };
  }
  const header = centralHeaderLine(directive.text.normalized);
  if (header) return { level: 'central', evidence: [header] };
  if (issuerPart && PROVINCIAL_ISSUERS.test(foldKey(issuerPart))) {
    return {
      level: 'provincial',
      evidence: [
        {
          text: directive.number!.value,
          note: `the document's own number is issued by a province's body (${issuerPart})`,
          ...(span && { span }),
        },
      ],
    };
  }
  if (directive.issuer) {
    return {
      level: 'provincial',
      evidence: [{ text: directive.issuer.value.name, note: 'issued by a province’s body' }],
    };
  }
  return { level: null, evidence: [] };
}

function centralHeaderLine(text: string): Evidence | null {
  let offset = 0;
  const lines = text.split('\n');
  for (const [i, raw] of lines.slice(0, HEADER_LINES).entries()) {
    const line = raw.trim();
    if (CENTRAL_HEADER.test(line)) {
      const start = offset + raw.indexOf(line);
      return {
        text: line,
        note: 'the header names a central body as the issuer',
        span: { start, end: start + line.length, line: i + 1 },
      };
    }
    offset += raw.length + 1;
  }
  return null;
}
