/**
 * The sentence a directive's page shows about how its text was obtained, when it was not typed text:
 * a reader must know that "15/CT-UBND" came from OCR of a scan (and may be misread), or that a web
 * page's posting date is not the directive's date. Vietnamese, for the page; null for plain text.
 */
import type { Extraction } from '../directive/schema.ts';

export interface ExtractionNotice {
  /** "Văn bản được nhận dạng từ bản quét (OCR, Tesseract, độ tin cậy 96 %) …". */
  text: string;
  /** OCR: the reader should check against the scan; shown as a caution, not a note. */
  caution: boolean;
  /** A saved web page's own URL and title, to link to it. */
  link: { href: string; label: string } | null;
}

const pagesLabel = (pages: readonly number[]): string => `trang ${pages.join(', ')}`;

export function extractionNotice(extraction: Extraction | undefined): ExtractionNotice | null {
  if (!extraction || extraction.extractor === 'text') return null;
  const { extractor, pageCount, ocr, webPage } = extraction;
  const confidence = ocr ? `OCR, Tesseract, độ tin cậy ${Math.round(ocr.meanConfidence)} %` : '';
  if (extractor === 'ocr' && ocr) {
    const where = pageCount && pageCount > 1 ? ` (${pagesLabel(ocr.pages)})` : '';
    return {
      text:
        `Văn bản được nhận dạng từ bản quét${where} bằng nhận dạng ký tự (${confidence}): ` +
        'có thể có chữ, số bị đọc sai; hãy đối chiếu số hiệu, ngày tháng và tên riêng với bản quét.',
      caution: true,
      link: null,
    };
  }
  if (extractor === 'pdf') {
    const pages = pageCount ? ` (${pageCount} trang)` : '';
    const scanned = ocr
      ? ` Riêng ${pagesLabel(ocr.pages)} là bản quét, được nhận dạng bằng nhận dạng ký tự (${confidence}): hãy đối chiếu với bản quét.`
      : '';
    return { text: `Văn bản trích từ lớp chữ của tệp PDF${pages}.${scanned}`, caution: ocr !== undefined, link: null };
  }
  if (extractor === 'docx' || extractor === 'doc') {
    return { text: `Văn bản trích từ tệp Word (.${extractor}).`, caution: false, link: null };
  }
  const posted = webPage?.published
    ? `, đăng ngày ${webPage.published.slice(0, 10)} (ngày đăng tin, không phải ngày ban hành)`
    : '';
  const link = webPage?.url ? { href: webPage.url, label: webPage.title ?? webPage.url } : null;
  return { text: `Văn bản trích từ một trang web đã lưu${posted}.`, caution: false, link };
}
