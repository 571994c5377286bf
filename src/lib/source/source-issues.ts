import { formatBytes } from './describe-issue.ts';
import type { FileSignature } from './file-signatures.ts';
import type { LegacyFont } from './legacy-font-convert.ts';
import type { SourceIssue } from './source-types.ts';

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
