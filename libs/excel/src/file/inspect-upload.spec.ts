import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { fileSignature, formatBytes, inspectUpload, UPLOAD_MESSAGES } from './inspect-upload.js';

const MB = 1024 * 1024;
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const WORKBOOK = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

/** `total` zero bytes, produced a megabyte at a time from one shared buffer: the test never holds them. */
function zeros(total: number): Readable {
  const chunk = Buffer.alloc(MB);
  let left = total;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

type Part = { name: string; buffer?: Buffer; zeros?: number; store?: boolean };

/** Writes a zip with yazl; streamed entries get their sizes only in a data descriptor and the central directory. */
async function writeZip(path: string, parts: Part[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const part of parts) {
    if (part.zeros !== undefined) zip.addReadStream(zeros(part.zeros), part.name);
    else zip.addBuffer(part.buffer ?? Buffer.alloc(0), part.name, { compress: !part.store });
  }
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(path)));
}

const workbookParts = (): Part[] => [
  { name: '[Content_Types].xml', buffer: Buffer.from(CONTENT_TYPES) },
  { name: 'xl/workbook.xml', buffer: Buffer.from(WORKBOOK) },
];

function centralDirectory(path: string): Promise<Array<{ name: string; flags: number; compressed: number; uncompressed: number }>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries: Array<{ name: string; flags: number; compressed: number; uncompressed: number }> = [];
      zip.on('entry', (e: yauzl.Entry) => {
        entries.push({ name: e.fileName, flags: e.generalPurposeBitFlag, compressed: e.compressedSize, uncompressed: e.uncompressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('inspectUpload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xj-inspect-'));
  const file = (name: string) => join(dir, name);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let validXlsx: string;
  beforeAll(async () => {
    validXlsx = file('摸底台账.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('动迁户');
    sheet.addRow(['徐泾镇轨交17号线动迁户摸底台账']);
    sheet.addRow(['户编号', '项目编号', '地块编号', '村', '户主姓名', '户主身份证号']);
    for (let i = 1; i <= 200; i += 1)
      sheet.addRow([`GJ17-${String(i).padStart(4, '0')}`, 'GJ17', 'GJ17-01', '二联村', '张建国', '11010519491231002X']);
    await workbook.xlsx.writeFile(validXlsx);
  });

  it('accepts a real .xlsx written by ExcelJS', async () => {
    const result = await inspectUpload(validXlsx);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.entries).toBeGreaterThanOrEqual(5);
  });

  it('rejects a text file named .xlsx: the bytes decide, not the name', async () => {
    writeFileSync(file('台账.xlsx'), '户编号,户主姓名\nGJ17-0001,张建国\n');
    expect(await inspectUpload(file('台账.xlsx'))).toEqual({ ok: false, status: 415, message: '文件不是有效的 Excel（.xlsx）文件' });
  });

  it('rejects an empty file', async () => {
    writeFileSync(file('empty.xlsx'), '');
    expect(await inspectUpload(file('empty.xlsx'))).toEqual({ ok: false, status: 400, message: UPLOAD_MESSAGES.empty });
  });

  it('tells a legacy .xls apart and says to save it as .xlsx', async () => {
    const xls = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
    Buffer.from('Workbook', 'utf16le').copy(xls, 1024);
    writeFileSync(file('old.xlsx'), xls);
    expect(await inspectUpload(file('old.xlsx'))).toEqual({
      ok: false,
      status: 415,
      message: '这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后上传',
    });
  });

  it('recognises an encrypted workbook (OLE2 with an EncryptionInfo stream), even across read chunks', async () => {
    const encrypted = Buffer.alloc(3 * MB);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(encrypted);
    // Straddles the first 1 MB chunk boundary of the scan.
    Buffer.from('EncryptionInfo', 'utf16le').copy(encrypted, MB - 9);
    writeFileSync(file('locked.xlsx'), encrypted);
    expect(await inspectUpload(file('locked.xlsx'))).toEqual({ ok: false, status: 422, message: '工作簿已加密，请去除密码后上传' });
  });

  it('rejects a file over the size limit and names the limit', async () => {
    expect(await inspectUpload(validXlsx, { maxFileBytes: 2048 })).toEqual({
      ok: false,
      status: 413,
      message: expect.stringMatching(/^文件大小 \d+ KB，超过 2 KB 的上限/),
    });
  });

  it('rejects a zip whose declared content exceeds the uncompressed limit', async () => {
    expect(await inspectUpload(validXlsx, { maxUncompressedBytes: 4096 })).toEqual({
      ok: false,
      status: 413,
      message: '文件解压后超过 4 KB 的上限，已拒绝',
    });
  });

  it('rejects a zip bomb (200 MB of zeros, data descriptor) from its central directory, without inflating it', async () => {
    const bomb = file('bomb.xlsx');
    await writeZip(bomb, [...workbookParts(), { name: 'xl/worksheets/sheet1.xml', zeros: 200 * MB }]);
    const entry = (await centralDirectory(bomb)).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(entry.flags & 0x8).toBe(0x8); // sizes only in the data descriptor and the central directory
    expect(entry.uncompressed).toBe(200 * MB);

    const before = process.memoryUsage().rss;
    expect(await inspectUpload(bomb)).toEqual({ ok: false, status: 422, message: '压缩比异常（疑似压缩炸弹），已拒绝' });
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * MB);
  });

  it('rejects one over-compressed entry even when padding keeps the overall ratio low', async () => {
    const padded = file('padded.xlsx');
    await writeZip(padded, [
      ...workbookParts(),
      { name: 'xl/media/image1.png', buffer: randomBytes(200 * 1024), store: true },
      { name: 'xl/worksheets/sheet1.xml', zeros: 5 * MB },
    ]);
    const entries = await centralDirectory(padded);
    const total = entries.reduce((s, e) => s + e.uncompressed, 0) / entries.reduce((s, e) => s + e.compressed, 0);
    expect(total).toBeLessThan(100);
    expect(await inspectUpload(padded)).toEqual({ ok: false, status: 422, message: UPLOAD_MESSAGES.zipBomb });
  });

  it('does not apply the ratio to small parts: a tiny, very compressible part is no bomb', async () => {
    const small = file('small.xlsx');
    await writeZip(small, [...workbookParts(), { name: 'xl/worksheets/sheet1.xml', zeros: 512 * 1024 }]);
    expect(await inspectUpload(small)).toMatchObject({ ok: true });
  });

  it('rejects a zip that is not a workbook (no xl/workbook.xml)', async () => {
    const docx = file('report.xlsx');
    await writeZip(docx, [
      { name: '[Content_Types].xml', buffer: Buffer.from(CONTENT_TYPES) },
      { name: 'word/document.xml', buffer: Buffer.from('<w:document/>') },
    ]);
    expect(await inspectUpload(docx)).toEqual({ ok: false, status: 415, message: UPLOAD_MESSAGES.notXlsx });
  });

  it('rejects a damaged zip', async () => {
    writeFileSync(file('broken.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(2000)]));
    expect(await inspectUpload(file('broken.xlsx'))).toEqual({ ok: false, status: 422, message: UPLOAD_MESSAGES.damaged });
  });

  it('rejects a zip whose entries are password-protected', async () => {
    const locked = file('zip-password.xlsx');
    await writeZip(locked, workbookParts());
    const bytes = readFileSync(locked);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes[central + 8] = bytes[central + 8]! | 0x1; // general purpose flag, bit 0: encrypted
    writeFileSync(locked, bytes);
    expect(await inspectUpload(locked)).toEqual({ ok: false, status: 422, message: UPLOAD_MESSAGES.encrypted });
  });

  it('rejects a zip with an absurd number of parts', async () => {
    expect(await inspectUpload(validXlsx, { maxEntries: 3 })).toEqual({ ok: false, status: 422, message: UPLOAD_MESSAGES.tooManyParts });
  });
});

describe('fileSignature and formatBytes', () => {
  it('reads the magic bytes', () => {
    expect(fileSignature(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('zip');
    expect(fileSignature(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole2');
    expect(fileSignature(Buffer.from('PK\x05\x06', 'latin1'))).toBe('unknown');
    expect(fileSignature(Buffer.alloc(0))).toBe('unknown');
  });

  it('writes sizes for people', () => {
    expect(formatBytes(50 * MB)).toBe('50 MB');
    expect(formatBytes(1.5 * MB)).toBe('1.5 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(10)).toBe('1 KB');
  });
});
