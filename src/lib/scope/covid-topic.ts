/**
 * Is the document about Covid-19? Real folders hold other directives too (e-invoices, e-tax, an exam,
 * prices), and their orders share words with Covid measures ("tuyên truyền", "kiểm tra", "xử lý
 * nghiêm"): tagged, they would fill the measure facets with noise. One word does not decide — an
 * exam directive of May 2021 says "phòng dịch" in passing, a Tết directive whose title never names
 * the disease orders Covid measures in every section. What decides is how much of the document's
 * own operative text speaks of the epidemic:
 *
 *   1. its subject or news lead names the disease ("Covid-19", "SARS-CoV-2", "nCoV", "viêm đường
 *      hô hấp cấp"): about Covid;
 *   2. else the share of its clauses' words that stand in clauses speaking of the epidemic (the disease, or the vocabulary of
 *      its response: "phòng, chống dịch", "giãn cách", "cách ly", "5K", "vắc xin", "F0", …) is at
 *      least COVID_SHARE: about Covid;
 *   3. a document of a single clause is read by the density of that vocabulary in its words.
 *
 * The preamble is not read: a directive on e-tax issued in April 2020 may open by recalling the
 * epidemic, and still orders nothing about it.
 */
import type { Directive, Evidence } from '../directive/schema.ts';
import { foldKey } from '../text/fold.ts';

/** The disease itself, by its names. */
const DISEASE = /(?<![\p{L}\d])(?:covid|sars[- ]?cov[- ]?2|ncov|corona|viem duong ho hap cap|viem phoi cap)/u;

/**
 * The vocabulary of the response, folded: the epidemic ("dịch bệnh", "phòng, chống dịch", "phòng
 * dịch", "chống dịch", "vùng dịch"), its measures and its case counts.
 */
const RESPONSE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:` +
    [
      'phong,? chong dich',
      'phong dich',
      'chong dich',
      'dich benh',
      'vung dich',
      'dich covid',
      'gian cach',
      'cach ly',
      '5k',
      'vac ?xin',
      'vaccine',
      'tiem chung',
      'khau trang',
      'xet nghiem',
      'khai bao y te',
      'phong toa',
      'f0',
      'f1',
      'ca nhiem',
      'ca mac',
      'thich ung an toan',
      'cap do dich',
    ].join('|') +
    String.raw`)(?![\p{L}\d])`,
  'gu',
);

/** A document is about Covid when this share of its clauses' words stands in clauses that speak of the epidemic. */
export const COVID_SHARE = 0.3;
/** A one-clause document: this many words of the response vocabulary per 100 words. */
const COVID_DENSITY = 1;

export interface TopicReading {
  covid: boolean;
  evidence: Evidence[];
}

export function readCovidTopic(directive: Directive): TopicReading {
  for (const [text, where] of [
    [directive.subject?.value ?? '', 'the subject'],
    [directive.lead ?? '', 'the news lead'],
  ] as const) {
    const named = DISEASE.exec(foldKey(text));
    if (named) {
      return {
        covid: true,
        evidence: [{ text: quote(text, named.index, named[0].length), note: `${where} names the disease` }],
      };
    }
  }
  const clauses = directive.clauses.filter((c) => c.text.trim() !== '');
  if (clauses.length === 0) return { covid: false, evidence: [{ text: '', note: 'no operative text to read' }] };
  const speaking = clauses.filter((c) => speaksOfEpidemic(c.text));
  // By words, not by clauses: a relay's one long paragraph of orders outweighs its "Nguồn: …" line.
  const share = wordCount(speaking) / Math.max(wordCount(clauses), 1);
  const examples = speaking.slice(0, 3).map((c): Evidence => {
    const folded = foldKey(c.text);
    const hit = DISEASE.exec(folded) ?? new RegExp(RESPONSE.source, 'u').exec(folded)!;
    return { text: quote(c.text, hit.index, hit[0].length), note: `clause ${c.label}`, span: c.span };
  });
  const count = `${speaking.length} of ${clauses.length} clauses speak of the epidemic`;
  const percent = `${Math.round(share * 100)} % of their words`;
  if (clauses.length === 1) {
    const words = clauses[0]!.text.split(/\s+/).length;
    const density = (100 * (foldKey(clauses[0]!.text).match(RESPONSE)?.length ?? 0)) / Math.max(words, 1);
    const covid = DISEASE.test(foldKey(clauses[0]!.text)) || density >= COVID_DENSITY;
    return {
      covid,
      evidence: [
        { text: examples[0]?.text ?? '', note: `one clause: ${density.toFixed(1)} words of the epidemic per 100` },
      ],
    };
  }
  const covid = share >= COVID_SHARE;
  return {
    covid,
    evidence: [
      {
        text: '',
        note: `${count}, ${percent} (about Covid-19 from ${Math.round(COVID_SHARE * 100)} %)`,
      },
      ...examples,
    ],
  };
}

function wordCount(clauses: ReadonlyArray<{ text: string }>): number {
  return clauses.reduce((n, c) => n + c.text.split(/\s+/).filter(Boolean).length, 0);
}

function speaksOfEpidemic(text: string): boolean {
  const folded = foldKey(text);
  return DISEASE.test(folded) || new RegExp(RESPONSE.source, 'u').test(folded);
}

/** A few words around a match, from the text as printed (folding keeps offsets: NFC in, NFC out). */
function quote(text: string, index: number, length: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - 20)) + 1);
  const to = text.indexOf(' ', Math.min(text.length, index + length + 20));
  return text.slice(from, to < 0 ? text.length : to).trim();
}
