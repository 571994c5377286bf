import { describe, expect, test } from 'vitest';
import { extractionNotice } from '../../../src/lib/source/extraction-notice.ts';
import { directiveOf } from './helpers/formats.ts';

describe('extractionNotice: what the directive page says about how the text was obtained', () => {
  test('nothing for a text file', async () => {
    expect(extractionNotice((await directiveOf('directive.txt')).extraction)).toBeNull();
  });

  test('a scan: OCR, Tesseract and its confidence, as a caution', () => {
    const notice = extractionNotice({
      extractor: 'ocr',
      pageCount: 2,
      ocr: { engine: 'tesseract', pages: [1, 2], meanConfidence: 91.4 },
    });
    expect(notice).toEqual({
      text:
        'Văn bản được nhận dạng từ bản quét (trang 1, 2) bằng nhận dạng ký tự (OCR, Tesseract, độ tin cậy 91 %): ' +
        'có thể có chữ, số bị đọc sai; hãy đối chiếu số hiệu, ngày tháng và tên riêng với bản quét.',
      caution: true,
      link: null,
    });
  });

  test('a PDF with one scanned page names that page', () => {
    const notice = extractionNotice({
      extractor: 'pdf',
      pageCount: 2,
      ocr: { engine: 'tesseract', pages: [1], meanConfidence: 96 },
    });
    expect(notice?.text).toBe(
      'Văn bản trích từ lớp chữ của tệp PDF (2 trang). Riêng trang 1 là bản quét, được nhận dạng bằng nhận dạng ký tự ' +
        '(OCR, Tesseract, độ tin cậy 96 %): hãy đối chiếu với bản quét.',
    );
    expect(notice?.caution).toBe(true);
  });

  test('a saved web page: its link, and its posting date said not to be the date of issue', async () => {
    const notice = extractionNotice((await directiveOf('directive.html')).extraction);
    expect(notice?.text).toBe(
      'Văn bản trích từ một trang web đã lưu, đăng ngày 2021-09-25 (ngày đăng tin, không phải ngày ban hành).',
    );
    expect(notice?.link).toEqual({
      href: 'https://example.org/tin-tuc/chi-thi-15-ct-ubnd-tang-cuong-phong-chong-dich.html',
      label: 'Chỉ thị về tăng cường các biện pháp phòng, chống dịch Covid-19',
    });
  });

  test('a Word file', async () => {
    expect(extractionNotice((await directiveOf('directive.docx')).extraction)?.text).toBe(
      'Văn bản trích từ tệp Word (.docx).',
    );
  });
});
