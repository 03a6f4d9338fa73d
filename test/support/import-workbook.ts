import ExcelJS from 'exceljs';
import { makeIdNumber } from './factories.js';

const HEADERS = ['户编号', '项目编号', '地块编号', '村', '户主姓名', '户主身份证号', '户籍人数', '合法建筑面积', '摸底日期'];
let n = 0;

/** A one-row households workbook for `project` / `parcel` (for route-walking tests). */
export async function householdWorkbook(project: string, parcel: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(HEADERS);
  ws.addRow([`WB-${++n}`, project, parcel, '二联村', '王芳', makeIdNumber(), '3', '100', '2013-01-22']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
