import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { countWorksheetRows } from './count-rows.js';

describe('countWorksheetRows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xj-count-'));
  const path = join(dir, '摸底台账.xlsx');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
    const sheet = writer.addWorksheet('动迁户');
    sheet.addRow(['徐泾镇动迁户摸底台账']).commit();
    sheet.addRow(['户编号', '户主姓名', '合法建筑面积（平方米）']).commit();
    for (let i = 1; i <= 500; i += 1) sheet.addRow([`GJ17-${String(i).padStart(4, '0')}`, '王秀英', 120.5]).commit();
    // Formatted but empty rows below the data, as every ledger has.
    for (let r = 0; r < 50; r += 1) {
      const row = sheet.addRow([' ', null]);
      row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      row.commit();
    }
    await writer.commit();
  });

  it('counts the non-blank rows of the first worksheet (title and header included)', async () => {
    expect(await countWorksheetRows(path)).toEqual({ rows: 502, truncated: false });
  });

  it('stops as soon as the limit is passed', async () => {
    expect(await countWorksheetRows(path, { limit: 100 })).toEqual({ rows: 101, truncated: true });
  });
});
