/**
 * Word 97–2003 (.doc) → text with word-extractor, which reads the binary format's text stream.
 * Automatic numbering is not in that stream (it lives in the list tables), so a .doc numbered by Word
 * arrives without its "1.", "a)": the reader says so when no line starts with a number.
 */
import WordExtractor from 'word-extractor';
import type { Extracted } from './extracted.ts';
import { corruptIssue, noTextIssue, numberingLostIssue } from './extract-issues.ts';
import { firstLine } from './docx.ts';

/** A line that starts with a clause number typed in the text: "1.", "2)", "a)", "II.", "Điều 1". */
const NUMBERED = /^(?:\d{1,2}[.)-]\s|[a-zđ]\)\s|[IVX]{1,5}\.\s|Điều\s+\d)/u;

export async function extractDoc(bytes: Uint8Array, file: string): Promise<Extracted> {
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes));
    body = document.getBody();
  } catch (error) {
    return { ok: false, error: corruptIssue(file, 'Word document (.doc)', firstLine(error)) };
  }
  // Word separates table cells with a tab and paragraphs with a carriage return.
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line) => line.split('\t'))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  if (lines.length === 0) {
    return {
      ok: false,
      error: noTextIssue(
        file,
        'this Word document holds no text',
        'check it is the directive and not an empty template',
      ),
    };
  }
  const warnings = lines.some((line) => NUMBERED.test(line)) ? [] : [numberingLostIssue(file)];
  return { ok: true, text: `${lines.join('\n')}\n`, extractor: 'doc', warnings };
}
