/**
 * The largest image a PDF holds, read from its image dictionaries (`/Width`, `/Height`,
 * `/BitsPerComponent`) in the file's bytes, before anything is decoded.
 *
 * Why from the bytes and not from pdfjs: pdfjs learns an image's size only while building a page's
 * operator list, and then decodes it whole (a 20k×20k grey scan: 400 MB of pixels, 1.6 GB as RGBA),
 * so a size check there comes too late. An image is a stream, and the PDF format forbids streams
 * inside compressed object streams (ISO 32000-1, 7.5.7): every image's dictionary stands in the file
 * as plain bytes, `<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 … >> stream`. Inline
 * images (`BI … ID … EI`) sit inside compressed content streams; pdfjs's `maxImageSize` drops those
 * past the same limit (pdf.ts), without decoding them.
 */

export interface ImageSize {
  width: number;
  height: number;
  bitsPerComponent: number | null;
}

const latin1 = new TextDecoder('latin1');
const SUBTYPE_IMAGE = /\/Subtype\s*\/Image\b/g;

/**
 * 64 KB around each `/Subtype /Image`: a dictionary is a few hundred bytes, even with an inline
 * colour table; the window only bounds the search.
 */
const WINDOW = 64 * 1024;

/** Every image dictionary's size, in file order (indirect or missing sizes left out). */
export function pdfImageSizes(bytes: Uint8Array): ImageSize[] {
  const text = latin1.decode(bytes);
  const sizes: ImageSize[] = [];
  for (const match of text.matchAll(SUBTYPE_IMAGE)) {
    const dictionary = enclosingDictionary(text, match.index);
    if (dictionary === null) continue;
    const width = directNumber(dictionary, 'Width');
    const height = directNumber(dictionary, 'Height');
    if (width === null || height === null) continue;
    sizes.push({ width, height, bitsPerComponent: directNumber(dictionary, 'BitsPerComponent') });
  }
  return sizes;
}

/** The image with the most pixels, or null when the PDF holds none that can be sized. */
export function largestImage(bytes: Uint8Array): ImageSize | null {
  let largest: ImageSize | null = null;
  for (const size of pdfImageSizes(bytes)) {
    if (largest === null || size.width * size.height > largest.width * largest.height) largest = size;
  }
  return largest;
}

/** From the object's `obj` keyword before `at` to the `stream` keyword after it. */
function enclosingDictionary(text: string, at: number): string | null {
  const from = Math.max(0, at - WINDOW);
  const start = text.lastIndexOf(' obj', at);
  const end = text.indexOf('stream', at);
  if (end < 0 || end - at > WINDOW) return null;
  return text.slice(start >= from ? start : from, end);
}

/** `/Key 1234` (not `/Key 12 0 R`, a reference to an object that may be compressed). */
function directNumber(dictionary: string, key: string): number | null {
  const found = new RegExp(`/${key}\\s+(\\d+)(?!\\s+\\d+\\s+R)\\b`).exec(dictionary);
  return found ? Number(found[1]) : null;
}
