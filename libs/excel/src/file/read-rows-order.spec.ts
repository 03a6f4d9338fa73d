import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { readWorksheetRows } from './read-rows.js';

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

describe('readWorksheetRows with xl/workbook.xml stored after the worksheets', () => {
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
});
