/**
 * Telling binary files from text when no magic number gave them away.
 *
 * Text has no NUL bytes and few control characters: tab, line feed, carriage return and
 * form feed are text; the rest of C0 (and DEL) almost never occur. A stray one in a text
 * file is reported as a warning later, with its line; here only files where they are
 * common are refused. (The old TCVN 5712 "VN1" table put a few capitals at 0x01–0x17, but
 * they are rare letters and never near the thresholds.)
 */

const SAMPLE_BYTES = 8192;
/** One NUL per 200 bytes is already far beyond any text file. */
const MAX_NUL_RATIO = 0.005;
/** Executables, images and databases run well above 10 % control bytes. */
const MAX_CONTROL_RATIO = 0.1;

function isTextControl(byte: number): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c;
}

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.length === 0) return false;
  let nul = 0;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    if ((byte < 0x20 && !isTextControl(byte)) || byte === 0x7f) control++;
  }
  return nul / sample.length > MAX_NUL_RATIO || control / sample.length > MAX_CONTROL_RATIO;
}
