import { attachmentDisposition } from './content-disposition.js';

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name per RFC 5987', () => {
    expect(attachmentDisposition('动迁户台账-20131231.xlsx', 'household-ledger-20131231.xlsx')).toBe(
      `attachment; filename="household-ledger-20131231.xlsx"; filename*=UTF-8''%E5%8A%A8%E8%BF%81%E6%88%B7%E5%8F%B0%E8%B4%A6-20131231.xlsx`,
    );
  });

  it('never lets quotes, separators or control characters into the header', () => {
    const header = attachmentDisposition('a"b;c/d\r\n(e).xlsx');
    expect(header).toBe(`attachment; filename="a_b_c_d__(e).xlsx"; filename*=UTF-8''a%22b%3Bc%2Fd%0D%0A%28e%29.xlsx`);
  });
});
