/**
 * A legal database's metadata block, pasted above the document (catalogue entry B2):
 *   "Số hiệu:512/UBND-VX" · "Loại văn bản: Văn bản khác" · "Ngày ban hành: March 3, 2021"
 * It repeats the number, type and date as a cross-check that may be wrong (a Kế hoạch filed as
 * "Văn bản khác", a date in English, placeholders like "Đang cập nhật"), so the parser reads it
 * only for a value that neither the header nor a news lead gives, and says where it came from.
 * "Văn bản khác" ("other document") is a database's bin, never a type.
 */
import type { Line } from './lines.ts';
import { splitCells } from './lines.ts';
import type { DocType, IsoDate } from './schema.ts';
import type { Found } from './header.ts';
import { spanOfLines } from './header.ts';
import { parseDocCode, type DocCode } from './doc-code.ts';
import { findDate, toIsoDate } from './dates.ts';
import { docTypeFromName } from './doc-types.ts';

/** The note on a value read from the block: the reader should know it is a cross-check's. */
export const METADATA_NOTE = 'from the copy’s metadata block (the header does not print it)';

export interface MetadataFields {
  number: Found<DocCode> | null;
  date: Found<IsoDate> | null;
  docType: Found<DocType> | null;
}

/** "Key: value" or "Key:value"; the key from a closed list, the value on the same line. */
const ENTRY = /^(Số hiệu|Ký hiệu|Loại văn bản|Ngày ban hành)\s*:\s*(.{1,80})$/iu;
const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** "March 3, 2021": how some databases print the date (bounded, anchored). */
const ENGLISH_DATE = /^([A-Za-z]{3,9})\s{1,3}(\d{1,2}),?\s{1,3}(\d{4})$/u;

export function readMetadataBlock(lines: Line[]): MetadataFields {
  const fields: MetadataFields = { number: null, date: null, docType: null };
  for (const line of lines.flatMap(splitCells)) {
    const m = ENTRY.exec(line.text);
    if (!m) continue;
    const key = m[1]!.toLocaleLowerCase('vi');
    const value = m[2]!.trim();
    const span = spanOfLines(line);
    if ((key === 'số hiệu' || key === 'ký hiệu') && !fields.number) {
      const code = parseDocCode(value);
      if (code) fields.number = { value: code, span };
    } else if (key === 'ngày ban hành' && !fields.date) {
      const date = findDate(value)?.date ?? englishDate(value);
      if (date) fields.date = { value: date, span };
    } else if (key === 'loại văn bản' && !fields.docType) {
      const type = docTypeFromName(value);
      if (type) fields.docType = { value: type, span };
    }
  }
  return fields;
}

function englishDate(text: string): IsoDate | null {
  const m = ENGLISH_DATE.exec(text);
  const month = m ? ENGLISH_MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  return m && month > 0 ? toIsoDate(Number(m[2]), month, Number(m[3])) : null;
}
