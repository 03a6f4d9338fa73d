import { attachmentFileName, attachmentKind, checkAttachment, headSignature, tooLargeMessage } from './attachment-rules.js';

const PDF = Buffer.from('%PDF-1.7\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1');
const MB = 1024 * 1024;

describe('attachment rules', () => {
  it('tells the kind by the first bytes', () => {
    expect([PDF, PNG, JPEG, ZIP, EXE, Buffer.from('%PD')].map(headSignature)).toEqual(['pdf', 'png', 'jpeg', 'zip', 'unknown', 'unknown']);
  });

  it('accepts a zip only when it is an Office workbook or document', () => {
    expect(attachmentKind(ZIP, new Set(['[Content_Types].xml', 'xl/workbook.xml']))).toBe('xlsx');
    expect(attachmentKind(ZIP, new Set(['[Content_Types].xml', 'word/document.xml']))).toBe('docx');
    expect(attachmentKind(ZIP, new Set(['readme.txt']))).toBeNull();
    expect(attachmentKind(ZIP, null)).toBeNull();
  });

  it('refuses empty, too big and other files with Chinese messages and their status', () => {
    expect(checkAttachment({ size: 0, head: Buffer.alloc(0), zipEntries: null }, 20 * MB)).toMatchObject({ ok: false, status: 422, message: '文件是空的，请重新选择文件上传' });
    expect(checkAttachment({ size: 21 * MB, head: PDF, zipEntries: null }, 20 * MB)).toEqual({ ok: false, status: 413, message: '文件大小 21 MB，超过 20 MB 的上限' });
    expect(checkAttachment({ size: 100, head: EXE, zipEntries: null }, 20 * MB)).toMatchObject({ ok: false, status: 422, message: expect.stringContaining('只能上传 PDF') });
    expect(checkAttachment({ size: 100, head: PDF, zipEntries: null }, 20 * MB)).toEqual({ ok: true, kind: 'pdf', mediaType: 'application/pdf' });
    expect(tooLargeMessage(20 * MB)).toBe('文件超过 20 MB 的上限');
  });

  it('keeps the browser name without folders or control characters', () => {
    expect(attachmentFileName('C:\\扫描\\移交单（签字）.pdf', 'pdf')).toBe('移交单（签字）.pdf');
    expect(attachmentFileName('a\u0000b.png', 'png')).toBe('ab.png');
    expect(attachmentFileName('', 'jpeg')).toBe('附件.jpg');
    const long = attachmentFileName(`${'长'.repeat(300)}.docx`, 'docx');
    expect(long).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });
});
