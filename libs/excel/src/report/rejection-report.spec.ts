import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { BAD_CELL_FILL, writeRejectionReport, type RejectedRow } from './rejection-report.js';

const HEADER = ['户编号', '项目编号', '户主姓名', '户主身份证号', '户籍人数（人）'];

async function* rows(count: number): AsyncIterable<RejectedRow> {
  for (let i = 0; i < count; i += 1) {
    yield {
      rowNumber: i + 3,
      values: [`H-${i}`, 'GJ17', `张建国${i}`, '310118195001010011', i % 2 ? '三' : 2.5],
      errors: [
        { column: '户主身份证号', message: '身份证号校验位不正确' },
        { column: '户籍人数（人）', message: '户籍人数必须是不小于 1 的整数' },
      ],
    };
  }
}

describe('writeRejectionReport', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'xj-report-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the rows as uploaded, 错误说明 last, bad cells red with a note', async () => {
    const file = join(dir, 'report.xlsx');
    const result = await writeRejectionReport(file, {
      headerRow: HEADER,
      rows: [
        { rowNumber: 5, values: ['H-1', 'GJ17', '王小明', '31011819500101001X', 0], errors: [{ column: '户籍人数（人）', message: '户籍人数必须是不小于 1 的整数' }] },
        { rowNumber: 9, values: ['H-1', 'GJ17', '李四', 310118195001010000, 3], errors: [{ column: ' 户主身份证号 ', message: '身份证号存成了数字' }, { message: '户编号 H-1 在第5行已出现' }] },
        { rowNumber: 11, values: ['H-9', 'GJ17', { formula: 'A1&B1' }, '', 2], errors: [{ columnIndex: 2, message: '单元格是公式，请填写数值' }] },
        { rowNumber: 12, values: ['+86', '-GJ17', '@王', '=1+1', 2], errors: [{ columnIndex: 4, message: '户籍人数不对' }] },
      ],
    });
    expect(result.rows).toBe(4);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...HEADER, '错误说明']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['H-1', 'GJ17', '王小明', '31011819500101001X', 0, '第5行：户籍人数（人）：户籍人数必须是不小于 1 的整数']);
    expect(sheet.getCell('E2').fill).toMatchObject({ type: 'pattern', fgColor: { argb: BAD_CELL_FILL } });
    expect(sheet.getCell('E2').note).toBe('户籍人数必须是不小于 1 的整数');
    expect(sheet.getCell('D2').note).toBeUndefined();
    expect(sheet.getCell('D2').fill).toBeUndefined();

    expect(sheet.getCell('D3').value).toBe(310118195001010000);
    expect(sheet.getCell('D3').note).toBe('身份证号存成了数字');
    expect(sheet.getCell('F3').value).toBe('第9行：户主身份证号：身份证号存成了数字；户编号 H-1 在第5行已出现');

    expect(sheet.getCell('C4').value).toBe('=A1&B1');
    expect(sheet.getCell('C4').formula).toBeUndefined();
    expect(sheet.getCell('C4').fill).toMatchObject({ fgColor: { argb: BAD_CELL_FILL } });
    // Text that starts like a formula carries Excel's quote prefix (edited or saved as CSV, it stays text);
    // the red fill of a bad cell does not leak to other cells through a shared style.
    expect(sheet.getCell('C4').style.quotePrefix).toBe(true);
    expect(sheet.getCell('C2').style.quotePrefix).toBeUndefined();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (const address of ['A5', 'B5', 'C5', 'D5']) expect(sheet.getCell(address).style.quotePrefix).toBe(true);
    expect(sheet.getCell('E5').style.quotePrefix).toBeUndefined();
    expect(sheet.getCell('E5').fill).toMatchObject({ fgColor: { argb: BAD_CELL_FILL } });
    expect((sheet.getCell('D5').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });

  it('streams a large report to a stream without holding it', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const result = await writeRejectionReport(sink, { headerRow: HEADER, rows: rows(5000) });
    expect(result.rows).toBe(5000);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(5001);
    expect(sheet.getCell('D5001').note).toBe('身份证号校验位不正确');
    expect(sheet.getCell('F5001').value).toBe('第5002行：户主身份证号：身份证号校验位不正确；户籍人数（人）：户籍人数必须是不小于 1 的整数');
  });
});
