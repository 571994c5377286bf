/**
 * Word (.docx) → text: mammoth converts the document to HTML (paragraphs, tables, lists with their
 * nesting) and html-lines.ts reads it, rebuilding Word's automatic numbering from the lists.
 * zip-guard.ts checks the ZIP first (entries, unpacked size, nesting), so that no file can make
 * mammoth inflate or walk more than the limits allow; pictures are never unpacked (a directive's
 * text is not in them, and a 20 MB photo became 27 MB of base64 in mammoth's HTML).
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import type { Extracted } from './extracted.ts';
import { corruptIssue, noTextIssue } from './extract-issues.ts';
import { htmlToLines } from './html-lines.ts';
import { checkZip, type ZipLimits } from './zip-guard.ts';
import { extractedTooLargeIssue, tooDeepIssue, tooManyEntriesIssue, unzippedTooLargeIssue } from '../source-issues.ts';

/** Pictures become empty `<img>`s: read by nobody, and mammoth never unpacks them. */
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function extractDocx(bytes: Uint8Array, file: string, limits: ZipLimits): Promise<Extracted> {
  const problem = checkZip(bytes, limits);
  if (problem?.problem === 'not-zip') {
    return { ok: false, error: corruptIssue(file, 'Word document (.docx)', problem.reason) };
  }
  if (problem?.problem === 'too-many-entries') {
    return { ok: false, error: tooManyEntriesIssue(file, problem.entries, limits.maxEntries) };
  }
  if (problem?.problem === 'too-large') {
    return {
      ok: false,
      error: unzippedTooLargeIssue(file, problem.bytes, limits.maxXmlBytes, problem.part, problem.lying),
    };
  }
  if (problem?.problem === 'too-much-text') {
    return {
      ok: false,
      error: extractedTooLargeIssue(file, 'Word document', problem.bytes, limits.maxTextBytes, 'about '),
    };
  }
  if (problem?.problem === 'too-deep') {
    return { ok: false, error: tooDeepIssue(file, `Word document’s ${problem.part}`, problem.depth, limits.maxDepth) };
  }
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { ignoreEmptyParagraphs: true, convertImage: SKIP_IMAGES, externalFileAccess: false },
    ));
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
