import ExcelJS from 'exceljs';
import { looksLikeFormula, QUOTED } from '../domain/formula-text.js';
import type { LedgerColumn } from './domain/ledger-column.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/**
 * Writes one ledger sheet with ExcelJS's streaming writer: each row is committed as it is written,
 * strings go out inline (no shared-string table held in memory), so memory stays flat however many
 * rows. Every string is written as a string cell — never as a formula, whatever it starts with
 * (`=1+1` stays the text `=1+1`), and one that starts like a formula (= + - @) also carries Excel's
 * quote prefix, so that editing the cell in Excel or saving the sheet as CSV keeps it text.
 */
export class LedgerWriter<R> {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private next = 2;
  /**
   * One style object per column, given to every plain cell of the column: ExcelJS caches a style's id
   * by object, so it works out each column's style once instead of once per cell (a fresh object per
   * cell is what it gets otherwise). The file is the same: each cell has its column's style as before.
   */
  private readonly columnStyles: Array<Partial<ExcelJS.Style>>;
  /** The same with the quote prefix, for text that starts like a formula. */
  private readonly quotedStyles: Array<Partial<ExcelJS.Style>>;

  constructor(
    path: string,
    sheetName: string,
    private readonly columns: readonly LedgerColumn<R>[],
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
    this.workbook.creator = '徐泾镇动迁安置案件管理系统';
    this.sheet = this.workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    this.columnStyles = columns.map((c) => (c.numFmt ? { numFmt: c.numFmt } : {}));
    this.quotedStyles = this.columnStyles.map((style) => ({ ...style, ...QUOTED }));
    const header = this.sheet.getRow(1);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.fill = HEADER_FILL;
    });
    header.font = { bold: true };
    header.commit();
  }

  /** Appends one row per item. */
  add(rows: Iterable<R>, options: { bold?: boolean } = {}): void {
    const columns = this.columns;
    for (const item of rows) {
      const row = this.sheet.getRow(this.next++);
      for (let i = 0; i < columns.length; i += 1) {
        const value = columns[i]!.value(item);
        if (value === null) continue;
        const cell = row.getCell(i + 1);
        const text = typeof value === 'number' ? undefined : String(value);
        cell.value = text ?? value;
        const quoted = text !== undefined && looksLikeFormula(text);
        // A bold row sets its cells' fonts: they keep style objects of their own.
        if (!options.bold) cell.style = (quoted ? this.quotedStyles : this.columnStyles)[i]!;
        else if (quoted) cell.style = { ...QUOTED };
      }
      if (options.bold) row.font = { bold: true };
      row.commit();
    }
  }

  /** Writes the watermark line under the data (and in the printed footer) and closes the file. */
  async finish(watermark: string): Promise<void> {
    const footer = this.sheet.getRow(this.next++);
    footer.getCell(1).value = watermark;
    footer.font = { italic: true, color: { argb: 'FF808080' } };
    footer.commit();
    this.sheet.headerFooter = { oddFooter: `&L${watermark.replace(/&/g, '&&')}&R第 &P 页，共 &N 页` };
    this.sheet.commit();
    await this.workbook.commit();
  }
}
