import { formatBytes } from './describe-issue.ts';
import { READER_NAMES, type Reader } from './file-kinds.ts';
import type { FileSignature } from './file-signatures.ts';
import type { LegacyFont } from './legacy-font-convert.ts';
import { UNZIPPED_XML_FACTOR, type SourceIssue } from './source-types.ts';

/**
 * The wording of every file-level issue, in one place so it stays consistent: what is
 * wrong, then in parentheses what to do. (Text-level warnings are in text-checks.ts.)
 */

const SAVE_AS_UTF8 = 'in Notepad: File › Save As › Encoding: UTF-8; in Word: Save As › Plain Text › Unicode (UTF-8)';

export function emptyIssue(file: string, bytes: number): SourceIssue {
  const what = bytes === 0 ? 'the file is empty (0 bytes)' : 'the file holds only whitespace';
  return {
    code: 'empty',
    file,
    message: `${what} (paste the directive's text into it, or remove the file)`,
  };
}

export function binaryIssue(file: string, signature: FileSignature | null): SourceIssue {
  if (signature) {
    return {
      code: signature.richText ? 'rich-text' : 'binary',
      file,
      message: `this is ${signature.kind}, not plain text (${signature.advice})`,
    };
  }
  return {
    code: 'binary',
    file,
    message:
      'this is a binary file, not text: it is full of NUL or control bytes ' +
      '(open the original document and save or export it as plain text, UTF-8)',
  };
}

/** `--max-bytes` value that would let this file through: its size rounded up to a whole MiB. */
function suggestedLimit(size: number): number {
  const mib = 1024 * 1024;
  return Math.ceil(size / mib) * mib;
}

export function tooLargeIssue(file: string, size: number, maxBytes: number): SourceIssue {
  return {
    code: 'too-large',
    file,
    message:
      `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one directive ` +
      '(a directive is a few KB to a few hundred KB: check the file is one directive and not a whole gazette or a scan; ' +
      `if it is, raise the limit with \`chithi ingest --max-bytes ${suggestedLimit(size)}\`: ` +
      'a long directive costs seconds per MiB in ingest and in the site build, and its page shows the first ' +
      'clauses with the whole text as a download — `npm run bench long-directive` measures it)',
  };
}

export function unreadableIssue(file: string, reason: string): SourceIssue {
  return {
    code: 'unreadable',
    file,
    message: `the file cannot be opened: ${reason} (check that it exists, is a regular file and that you may read it)`,
  };
}

export function invalidUtf8Issue(file: string, line: number, count: number): SourceIssue {
  const what = count === 1 ? 'a byte that is not valid UTF-8' : `${count} byte sequences that are not valid UTF-8`;
  return {
    code: 'invalid-utf8',
    file,
    line,
    message:
      `the file is UTF-8 but has ${what}, first on this line, read as "\uFFFD" ` +
      '(the file was damaged or cut short: find a better copy, or retype the damaged words)',
  };
}

export function legacyEncodingIssue(file: string, line: number, looksVietnamese: boolean): SourceIssue {
  const how = looksVietnamese
    ? 'read it as Windows-1258 (Vietnamese)'
    : 'found no Vietnamese letters in it and read it as Windows-1258 as a best guess: check the accents';
  return {
    code: 'legacy-encoding',
    file,
    line,
    message:
      `the file is not UTF-8; chithi ${how}. First non-UTF-8 text on this line ` +
      `(check this line reads correctly, then re-save the file as UTF-8: ${SAVE_AS_UTF8})`,
  };
}

const FONT_NAMES: Record<LegacyFont, string> = {
  tcvn3: 'TCVN3 (ABC, fonts .VnTime/.VnArial)',
  vni: 'VNI (fonts VNI-Times/VNI-Helve)',
};

const FONT_CAVEATS: Record<LegacyFont, string> = {
  tcvn3: '; capitals typed in the .VnTimeH font come back lowercase unless the whole word was capitals',
  vni: '',
};

export function convertedLegacyFontIssue(
  file: string,
  line: number,
  font: LegacyFont,
  arrivedAs: 'raw bytes' | 'UTF-8',
): SourceIssue {
  const how = arrivedAs === 'UTF-8' ? 'saved as UTF-8 of the wrong Latin letters' : 'as raw font bytes';
  return {
    code: 'converted-legacy-font',
    file,
    line,
    message:
      `the text was typed in the old ${FONT_NAMES[font]} font encoding (${how}) and has been converted to Unicode, ` +
      `first converted text on this line (check a few accented words read correctly${FONT_CAVEATS[font]}; ` +
      'to silence this, convert the file once with Unikey’s converter and save it as UTF-8)',
  };
}

export function convertedDoubleEncodingIssue(file: string, line: number): SourceIssue {
  return {
    code: 'converted-double-encoding',
    file,
    line,
    message:
      'the text had been encoded twice (UTF-8 read as Windows-1252, e.g. "Chá»‰ thá»‹" for "Chỉ thị") and has been repaired, ' +
      'first repaired text on this line ' +
      '(check a few accented words read correctly; to silence this, save the repaired text over the file)',
  };
}

/** What to tell the user to do with a document file that holds nothing. */
export function emptyDocumentIssue(file: string, what: string): SourceIssue {
  return {
    code: 'empty',
    file,
    message:
      `the file is empty (0 bytes): there is no ${what.replace(/^an? /, '')} in it ` +
      '(an interrupted download or copy leaves an empty file: download or copy it again, or remove it)',
  };
}

export function disguisedIssue(file: string, extension: string, signature: FileSignature): SourceIssue {
  return {
    code: 'disguised',
    file,
    message: `this “${extension}” file is ${signature.kind}, which chithi does not read (${signature.instead ?? signature.advice})`,
  };
}

export function unknownBinaryIssue(file: string, extension: string, expected: Reader): SourceIssue {
  return {
    code: 'corrupt',
    file,
    message:
      `this “${extension}” file is not ${READER_NAMES[expected]}: its first bytes are those of no format chithi reads ` +
      '(it is damaged, or another kind of file renamed: download it again, or open it and save it again)',
  };
}

export function wrongExtensionIssue(file: string, extension: string, actual: Reader): SourceIssue {
  return {
    code: 'wrong-extension',
    file,
    message:
      `this “${extension}” file is ${READER_NAMES[actual]} and was read as one ` +
      `(rename it to ${EXTENSION_OF[actual]} so that other programs open it too)`,
  };
}

const EXTENSION_OF: Record<Reader, string> = {
  text: '.txt',
  pdf: '.pdf',
  image: '.png, .jpg or .tif as it is',
  docx: '.docx',
  doc: '.doc',
  html: '.html',
};

/** The `--max-bytes` advice every size refusal ends with. */
function raiseMaxBytes(size: number, factor = 1): string {
  return `if it really is one directive, raise the limit with \`chithi ingest --max-bytes ${suggestedLimit(size / factor)}\``;
}

export function extractedTooLargeIssue(
  file: string,
  what: string,
  size: number,
  maxBytes: number,
  about: '' | 'about ' = '',
): SourceIssue {
  return {
    code: 'too-large',
    file,
    message:
      `this ${what} holds ${about}${formatBytes(size)} of text, over the ${formatBytes(maxBytes)} limit for one directive ` +
      `(a directive is a few KB to a few hundred KB of text: check the file is one directive and not a whole gazette, site or bundle; ${raiseMaxBytes(size)})`,
  };
}

export function markupTooLargeIssue(file: string, size: number, factor: number, maxBytes: number): SourceIssue {
  return {
    code: 'too-large',
    file,
    message:
      `this web page is ${formatBytes(size)} of markup without its scripts and styles, over the ${formatBytes(factor * maxBytes)} limit ` +
      `(${factor} × the ${formatBytes(maxBytes)} text limit: save the page again with the browser's “Web page, HTML only”, or ${raiseMaxBytes(size, factor)})`,
  };
}

export function unzippedTooLargeIssue(
  file: string,
  size: number,
  limit: number,
  part: string,
  lying: boolean,
): SourceIssue {
  if (lying) {
    return {
      code: 'too-large',
      file,
      message:
        `this Word document was not unpacked: its part ${part} unpacks to more than its ZIP header declares ` +
        `(${formatBytes(size - 1)}), which a ZIP bomb or a damaged file does, not Word ` +
        '(download it again, or open it in Word or LibreOffice and save it again)',
    };
  }
  return {
    code: 'too-large',
    file,
    message:
      `this Word document was not unpacked: its XML unpacks to ${formatBytes(size)} (the largest part: ${part}), ` +
      `over the ${formatBytes(limit)} limit (the text limit; a directive's Word XML is under 1 MB: ` +
      `this is a ZIP bomb, or a bundle of documents; ${raiseMaxBytes(size, UNZIPPED_XML_FACTOR)})`,
  };
}

export function tooManyEntriesIssue(file: string, entries: number, limit: number): SourceIssue {
  return {
    code: 'too-large',
    file,
    message:
      `this Word document was not unpacked: its ZIP holds ${entries} entries, over the limit of ${limit} ` +
      '(a Word file holds 10–50: this is a ZIP bomb or not a Word document; open it in Word and save it again)',
  };
}

export function tooDeepIssue(file: string, what: string, depth: number, limit: number): SourceIssue {
  const found = depth > limit ? `over ${limit}` : String(depth);
  return {
    code: 'too-deep',
    file,
    message:
      `this ${what} nests its elements ${found} levels deep, past the limit of ${limit} ` +
      '(a directive nests 20–60: the file is damaged or made to stall readers; open it and save it again, ' +
      `or raise the limit with \`chithi ingest --max-depth ${Math.max(limit * 2, depth)}\` if it is a real document)`,
  };
}
