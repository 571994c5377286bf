/**
 * Word (.docx) → text: mammoth converts the document to HTML (paragraphs, tables, lists with their
 * nesting) and html-lines.ts reads it, rebuilding Word's automatic numbering from the lists.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import type { Extracted } from './extracted.ts';
import { corruptIssue, noTextIssue } from './extract-issues.ts';
import { htmlToLines } from './html-lines.ts';

export async function extractDocx(bytes: Uint8Array, file: string): Promise<Extracted> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: true }));
  } catch (error) {
    return { ok: false, error: corruptIssue(file, 'Word document (.docx)', firstLine(error)) };
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const lines = htmlToLines(document.body as never);
  if (lines.length === 0) {
    return {
      ok: false,
      error: noTextIssue(
        file,
        'this Word document holds no text',
        'check it is the directive and not an empty template; a pasted scan is a picture, save the scan itself instead',
      ),
    };
  }
  return { ok: true, text: `${lines.join('\n')}\n`, extractor: 'docx', warnings: [] };
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
