/**
 * A clause's name from its id alone, for the search results (a hit carries the clause id, not the
 * clause). Ids spell the path from the top: "3.b" is point b of item 3, "3.-2" the second dash of
 * item 3, "dieu-2.1" clause 1 of article 2, "I.2" item 2 of part I, "p4" the fourth paragraph.
 * Innermost first, as a citation reads: "Điểm b, Mục 3". Browser-safe.
 */
import { CLOSING_ID, PREAMBLE_ID } from '../search/clause-doc.ts';
import { LEAD_CLAUSE_ID } from '../directive/clauses.ts';
import { LEAD_LABEL } from '../directive/clause-citation.ts';

const ROMAN = /^[IVXLC]+$/;

/** The search index also holds the preamble and the closing, under their own ids. */
const WHOLE_PARTS: Record<string, string> = {
  [PREAMBLE_ID]: 'Phần mở đầu',
  [CLOSING_ID]: 'Phần kết',
  [LEAD_CLAUSE_ID]: LEAD_LABEL,
};

export function labelFromClauseId(id: string): string {
  const whole = WHOLE_PARTS[id];
  if (whole) return whole;
  const parts = id.split('.');
  const names: string[] = [];
  parts.forEach((raw, i) => {
    const part = raw.replace(/_\d+$/, ''); // "_2": a second item printed with the same number
    const parent = parts[i - 1];
    if (part.startsWith('dieu-')) names.push(`Điều ${part.slice(5)}`);
    else if (/^-\d+$/.test(part)) names.push(`gạch đầu dòng thứ ${part.slice(1)}`);
    else if (/^\+\d+$/.test(part)) names.push(`ý thứ ${part.slice(1)}`);
    else if (/^p\d+$/.test(part)) names.push(`Đoạn ${part.slice(1)}`);
    else if (ROMAN.test(part)) names.push(`Phần ${part}`);
    else if (/^\d+$/.test(part)) names.push(parent?.startsWith('dieu-') ? `Khoản ${part}` : `Mục ${part}`);
    else if (/^[a-zđ]$/.test(part)) names.push(`Điểm ${part}`);
    else names.push(part);
  });
  const text = names.toReversed().join(', ');
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
