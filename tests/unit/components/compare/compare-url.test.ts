import { describe, expect, test } from 'vitest';
import { parseRequest, requestToSearch, type CompareRequest } from '../../../../src/components/compare/compare-url.ts';

describe('the /so-sanh URL', () => {
  test('reads the link the directive page makes ("compare this clause")', () => {
    const search = `?clause=${encodeURIComponent('nghe-an-2021-08-07-07-ct-tu#3.-2')}`;
    expect(parseRequest(search)).toEqual({
      kind: 'clause',
      directive: 'nghe-an-2021-08-07-07-ct-tu',
      clauseId: '3.-2',
      base: null,
    });
  });

  test.each<CompareRequest>([
    {
      kind: 'clause',
      directive: 'son-la-2021-ct-ubnd-thay-the-24',
      clauseId: '9.b',
      base: 'thanh-hoa-2021-07-22-329-cv-tu',
    },
    { kind: 'measure', measure: 'masks-5k', base: null },
    { kind: 'directives', a: 'thanh-hoa-2021-07-22-329-cv-tu', b: 'nghe-an-2021-08-07-07-ct-tu' },
    { kind: 'precedent', draft: 'Đẩy nhanh tiêm vắc xin; bảo đảm an toàn & hiệu quả' },
    { kind: 'none' },
  ])('writes and reads back %o', (request) => {
    expect(parseRequest(requestToSearch(request))).toEqual(request);
  });

  test('a clause without "#" or an empty draft is no request', () => {
    expect(parseRequest('?clause=nghe-an')).toEqual({ kind: 'none' });
    expect(parseRequest('?draft=%20%20')).toEqual({ kind: 'none' });
  });
});
