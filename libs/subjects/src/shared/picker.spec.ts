import { BadRequestException } from '@nestjs/common';
import { decodePickerCursor, encodePickerCursor, pickerPage } from './picker.js';

const ID = '0b6f5a34-5f1e-4c39-9a0e-2f4b8e1d7c21';

describe('picker cursors and pages', () => {
  it('a cursor comes back as it went out, codes in any script included', () => {
    for (const code of ['GJ17-0001', '金联-07', '', 'a"b\\c']) expect(decodePickerCursor(encodePickerCursor({ code, id: ID }))).toEqual({ code, id: ID });
  });

  it.each([
    ['not base64 JSON', 'bm90LWEtY3Vyc29y'],
    ['a one-element array', Buffer.from(JSON.stringify(['GJ17'])).toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify(['GJ17', 'x'])).toString('base64url')],
    ['a number for the code', Buffer.from(JSON.stringify([17, ID])).toString('base64url')],
    ['a code too long', Buffer.from(JSON.stringify(['x'.repeat(101), ID])).toString('base64url')],
  ])('refuses %s with a Chinese 400', (_label, text) => {
    expect(() => decodePickerCursor(text)).toThrow(BadRequestException);
    expect(() => decodePickerCursor(text)).toThrow('翻页位置（after）无效');
  });

  it('a page of pageSize rows from pageSize + 1 read: next points after its last row; fewer rows: no next', () => {
    const rows = ['A', 'B', 'C'].map((code) => ({ code, id: ID }));
    const full = pickerPage(rows, 2, (r) => r);
    expect(full.items.map((r) => r.code)).toEqual(['A', 'B']);
    expect(decodePickerCursor(full.next!)).toEqual({ code: 'B', id: ID });
    expect(pickerPage(rows, 3, (r) => r)).toEqual({ items: rows, next: null });
    expect(pickerPage([], 3, (r: { code: string; id: string }) => r)).toEqual({ items: [], next: null });
  });
});
