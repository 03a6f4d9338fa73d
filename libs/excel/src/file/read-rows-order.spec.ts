import { createWriteStream, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { countWorksheetRows } from './count-rows.js';
import { readHeadRows, readWorksheetRows } from './read-rows.js';

/** Rewrites a zip with its entries in a chosen order (writing tools differ; the reader must not care). */
async function reorder(source: string, target: string, last: string): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((ok, fail) => yauzl.open(source, { lazyEntries: true }, (e, z) => (e ? fail(e) : ok(z!))));
  const entries: Array<{ name: string; data: Buffer }> = [];
  await new Promise<void>((done, fail) => {
    zip.on('entry', (entry: yauzl.Entry) =>
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(error);
        const chunks: Buffer[] = [];
        stream!.on('data', (c: Buffer) => chunks.push(c));
        stream!.on('end', () => {
          entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
          zip.readEntry();
        });
      }),
    );
    zip.on('end', done);
    zip.readEntry();
  });
  const out = new yazl.ZipFile();
  const files = entries.filter((e) => !e.name.endsWith('/'));
  for (const e of [...files.filter((e) => e.name !== last), ...files.filter((e) => e.name === last)]) out.addBuffer(e.data, e.name);
  out.end();
  const written = out.outputStream.pipe(createWriteStream(target));
  await finished(written);
}

describe('readWorksheetRows: the first worksheet, read through the zip central directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xj-order-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every row whatever the order of the zip entries', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('台账');
    sheet.addRow(['户编号', '户主姓名']);
    for (let i = 1; i <= 50; i += 1) sheet.addRow([`H-${i}`, `王建国${i}`]);
    await book.xlsx.writeFile(join(dir, 'plain.xlsx'));
    await reorder(join(dir, 'plain.xlsx'), join(dir, 'late-workbook.xlsx'), 'xl/workbook.xml');
    const rows: unknown[][] = [];
    for await (const row of readWorksheetRows(join(dir, 'late-workbook.xlsx'))) rows.push((row.values as unknown[]).slice(1));
    expect(rows).toHaveLength(51);
    expect(rows[50]).toEqual(['H-50', '王建国50']);
  });

  async function ledger(name: string, sheets: string[] = ['台账']): Promise<string> {
    const book = new ExcelJS.Workbook();
    for (const [n, title] of sheets.entries()) {
      const sheet = book.addWorksheet(title);
      sheet.addRow([`${title}标题`]);
      sheet.addRow(['户编号', '户主姓名', '摸底日期']);
      sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
      for (let i = 1; i <= 30; i += 1) sheet.addRow([`S${n}-${i}`, `李秀英${i}`, new Date(Date.UTC(2013, 0, i))]);
    }
    const file = join(dir, name);
    await book.xlsx.writeFile(file);
    return file;
  }

  it('resolves every shared string, also with sharedStrings.xml stored last and under concurrent reads', async () => {
    const plain = await ledger('strings.xlsx');
    const late = join(dir, 'late-strings.xlsx');
    await reorder(plain, late, 'xl/sharedStrings.xml');
    // ExcelJS's own zip pass intermittently lost the entries stored last (exceljs#683, #3064): 200
    // parallel reads must all see the same text.
    const heads = await Promise.all(Array.from({ length: 200 }, (_, i) => readHeadRows(i % 2 ? late : plain, 3)));
    for (const head of heads) {
      expect(head.map((r) => r.rowNumber)).toEqual([1, 2, 3]);
      expect(head[1]!.values.slice(1)).toEqual(['户编号', '户主姓名', '摸底日期']);
      expect(head[2]!.values.slice(1)).toEqual(['S0-1', '李秀英1', new Date(Date.UTC(2013, 0, 1))]);
    }
  });

  it('reads the first tab of a workbook with several sheets', async () => {
    const file = await ledger('tabs.xlsx', ['一组', '二组']);
    const rows: unknown[] = [];
    for await (const row of readWorksheetRows(file)) rows.push(row.values[1]);
    expect(rows).toHaveLength(32);
    expect(rows[31]).toBe('S0-30');
    expect(await countWorksheetRows(file)).toEqual({ rows: 32, truncated: false });
  });

  it('closes the file when the reader stops early', async () => {
    const file = await ledger('early.xlsx');
    // Descriptors open on this very file (a count of all of them also sees what other work of the
    // process opens or closes meanwhile).
    const open = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === file;
        } catch {
          return false; // closed while listed
        }
      }).length;
    // The probe sees the file while a read holds it open.
    const reading = readWorksheetRows(file)[Symbol.asyncIterator]();
    await reading.next();
    expect(open()).toBeGreaterThan(0);
    await reading.return?.(undefined);
    for (let i = 0; i < 20; i += 1) {
      await readHeadRows(file, 2);
      expect(await countWorksheetRows(file, { limit: 3 })).toEqual({ rows: 4, truncated: true });
    }
    // Closing a file completes asynchronously (on a loaded machine a moment after the last read returns): a descriptor
    // still open must go within seconds — a leaked one never does.
    for (const deadline = Date.now() + 5_000; open() > 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    expect(open()).toBe(0);
  });

  it('throws on a file that is not a zip', async () => {
    const file = join(dir, 'not-a-zip.xlsx');
    await finished(createWriteStream(file).end('户编号,户主姓名\n'));
    await expect(readHeadRows(file, 10)).rejects.toThrow();
  });
});
