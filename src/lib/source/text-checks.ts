import { lineAtIndex } from './line-numbers.ts';
import type { SourceIssue } from './source-types.ts';

/**
 * Warnings about decoded text that the later stages can cope with but the user should
 * know about. Each names the first line where it happens and how often.
 *
 * - NFD: "Chỉ thị" with its marks typed as separate combining characters (macOS file
 *   names, some PDF exports). The normaliser composes it; search and comparison would
 *   otherwise treat "ỉ" and "i" + U+0309 as different.
 * - U+FFFD "�": a decoder somewhere before us met bytes it could not read and replaced
 *   them; the letters there are lost.
 * - Control characters: C0 other than tab, line feed, carriage return and form feed, DEL,
 *   and C1 (U+0080–U+009F), which appear when Windows-1252 text was read as Latin-1.
 * - Mixed line endings: CRLF and LF (or lone CR) in one file, usually a file pasted
 *   together from several sources; harmless after normalising, but a hint.
 */

const REPLACEMENT = /\uFFFD/g;
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const LINE_ENDING = /\r\n|\n|\r/g;

interface Occurrences {
  count: number;
  firstIndex: number;
}

function occurrences(text: string, pattern: RegExp): Occurrences {
  let count = 0;
  let firstIndex = -1;
  for (const match of text.matchAll(pattern)) {
    if (firstIndex < 0) firstIndex = match.index;
    count++;
  }
  return { count, firstIndex };
}

const times = (n: number, what: string): string => (n === 1 ? `1 ${what}` : `${n} ${what}s`);

/** Index of the first character that NFC composition changes, or -1 when the text is already NFC. */
function firstDecomposedIndex(text: string): number {
  if (text.normalize('NFC') === text) return -1;
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines) {
    if (line.normalize('NFC') !== line) return offset + Math.max(0, line.search(/\p{M}/u));
    offset += line.length + 1;
  }
  return 0;
}

function nfdIssue(text: string, file: string): SourceIssue | null {
  const index = firstDecomposedIndex(text);
  if (index < 0) return null;
  return {
    code: 'nfd',
    file,
    line: lineAtIndex(text, index),
    message:
      'accents are stored as separate combining marks (Unicode NFD), first on this line ' +
      '(nothing to do: the text is composed to NFC when it is normalised; re-save as NFC UTF-8 to silence this)',
  };
}

function replacementIssue(text: string, file: string): SourceIssue | null {
  const found = occurrences(text, REPLACEMENT);
  if (found.count === 0) return null;
  return {
    code: 'replacement-char',
    file,
    line: lineAtIndex(text, found.firstIndex),
    message:
      `${times(found.count, 'replacement character')} "\uFFFD" where letters were lost before the file reached us, ` +
      'first on this line (find a better copy of the directive, or retype the damaged words)',
  };
}

function controlIssue(text: string, file: string): SourceIssue | null {
  const found = occurrences(text, CONTROL);
  if (found.count === 0) return null;
  const first = text.charCodeAt(found.firstIndex).toString(16).toUpperCase().padStart(4, '0');
  return {
    code: 'control-chars',
    file,
    line: lineAtIndex(text, found.firstIndex),
    message:
      `${times(found.count, 'invisible control character')} (first U+${first}) on this line ` +
      '(usually debris from a copy or a wrong encoding: check the text around it and delete them)',
  };
}

function lineEndingIssue(text: string, file: string): SourceIssue | null {
  const kinds = new Map<string, Occurrences>();
  for (const match of text.matchAll(LINE_ENDING)) {
    const seen = kinds.get(match[0]);
    if (seen) seen.count++;
    else kinds.set(match[0], { count: 1, firstIndex: match.index });
  }
  if (kinds.size < 2) return null;
  const [, minority] = [...kinds].reduce((a, b) => (b[1].count < a[1].count ? b : a));
  const name = (ending: string): string => ({ '\r\n': 'CRLF', '\n': 'LF', '\r': 'CR' })[ending] ?? ending;
  return {
    code: 'mixed-line-endings',
    file,
    line: lineAtIndex(text, minority.firstIndex),
    message:
      `line endings are mixed (${[...kinds].map(([e, o]) => `${o.count} ${name(e)}`).join(', ')}), ` +
      'the rarer kind first on this line (nothing to do: they are unified when normalised; ' +
      'a mix often means text pasted from several sources, worth a look)',
  };
}

export interface TextCheckOptions {
  /** Skip the U+FFFD check when the decoder itself put them there and said so already. */
  skipReplacement?: boolean;
}

export function checkDecodedText(text: string, file: string, options: TextCheckOptions = {}): SourceIssue[] {
  const issues = [
    nfdIssue(text, file),
    options.skipReplacement ? null : replacementIssue(text, file),
    controlIssue(text, file),
    lineEndingIssue(text, file),
  ];
  return issues.filter((issue) => issue !== null);
}
