import ExcelJS from 'exceljs';
import { CASE_STATUS_LABELS } from '@app/cases';
import { HANDOVER_STATUS_LABELS, type HandoverRecord, type ParcelCase } from '@app/company';
import { QUOTED, looksLikeFormula } from '../domain/formula-text.js';

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** A text cell that never becomes a formula, whatever the user typed. */
function text(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  if (looksLikeFormula(value)) cell.style = { ...cell.style, ...QUOTED };
}

/**
 * 移交单 for printing and signing: the parcel, the area, the cases handed over with it, both sides'
 * people, and the signature and date lines of each side. One A4 page wide.
 */
export async function writeHandoverCertificate(path: string, record: HandoverRecord, cases: readonly ParcelCase[], watermark: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '徐泾镇动迁安置案件管理系统';
  const sheet = workbook.addWorksheet('移交单', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  sheet.columns = [{ width: 8 }, { width: 36 }, { width: 14 }, { width: 32 }];
  const title = sheet.addRow(['地块移交单']);
  sheet.mergeCells(title.number, 1, title.number, 4);
  title.font = { bold: true, size: 18 };
  title.alignment = { horizontal: 'center' };
  title.height = 32;
  sheet.addRow([]);

  const facts: Array<[string, string, string, string]> = [
    ['项目', `${record.project?.code ?? ''} ${record.project?.name ?? ''}`.trim(), '地块编号', record.parcel?.code ?? ''],
    ['所在村', record.parcel?.village ?? '', '地块面积（㎡）', record.parcel?.area ?? ''],
    ['移交日期', record.handedOverOn, '移交面积（㎡）', record.area],
    ['镇方移交人员', record.townPeople, '公司方接收人员', record.companyPeople],
    ['状态', HANDOVER_STATUS_LABELS[record.status], '备注', record.remarks ?? ''],
  ];
  for (const [l1, v1, l2, v2] of facts) {
    const row = sheet.addRow([]);
    text(row.getCell(1), l1);
    text(row.getCell(2), v1);
    text(row.getCell(3), l2);
    text(row.getCell(4), v2);
    for (const i of [1, 2, 3, 4]) row.getCell(i).border = THIN;
    for (const i of [1, 3]) row.getCell(i).font = { bold: true };
    row.alignment = { vertical: 'middle', wrapText: true };
  }
  sheet.addRow([]);
  const heading = sheet.addRow(['序号', '征收对象', '案件状态', '说明']);
  heading.font = { bold: true };
  heading.eachCell((cell) => {
    cell.border = THIN;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  cases.forEach((c, i) => {
    const row = sheet.addRow([i + 1]);
    text(row.getCell(2), c.subject);
    text(row.getCell(3), CASE_STATUS_LABELS[c.status]);
    text(row.getCell(4), c.excludedReason ? `经批准不随地块移交：${c.excludedReason}` : '');
    for (const n of [1, 2, 3, 4]) row.getCell(n).border = THIN;
    row.alignment = { vertical: 'middle', wrapText: true };
  });
  const count = sheet.addRow([`共 ${cases.length} 件案件`]);
  sheet.mergeCells(count.number, 1, count.number, 4);
  sheet.addRow([]);
  sheet.addRow([]);
  for (const side of ['移交方（徐泾镇动迁办）', '接收方（西虹桥公司）']) {
    const sign = sheet.addRow([]);
    text(sign.getCell(1), `${side}（盖章）：`);
    sheet.mergeCells(sign.number, 1, sign.number, 2);
    text(sign.getCell(3), '经办人签字：');
    text(sign.getCell(4), '________________');
    const date = sheet.addRow([]);
    text(date.getCell(3), '日期：');
    text(date.getCell(4), '______年____月____日');
    sheet.addRow([]);
  }
  const footer = sheet.addRow([watermark]);
  footer.font = { italic: true, color: { argb: 'FF808080' } };
  sheet.headerFooter = { oddFooter: `&L${watermark.replace(/&/g, '&&')}&R第 &P 页，共 &N 页` };
  await workbook.xlsx.writeFile(path);
}
