import ExcelJS from 'exceljs';
import type { MonthlyReport } from '@app/targets';
import { looksLikeFormula, QUOTED } from '../domain/formula-text.js';
import { MONEY_FORMAT } from './domain/ledger-column.js';
import { burnUpOption, chartPng, CHART_SIZE, funnelOption } from './report-charts.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const PERCENT = '0.0%';
/** Nine columns wide: the widest table (the targets) sets the grid; the charts span it. */
const WIDTHS = [6, 28, 12, 12, 12, 14, 16, 16, 40];
const COLUMNS = WIDTHS.length;
/** Rows a chart of CHART_SIZE covers at the default row height (20 px). */
const CHART_ROWS = Math.ceil(CHART_SIZE.height / 20) + 1;

type Cell = string | number | null;
interface CellFormat {
  numFmt?: string;
}

/** The report's one sheet, written top to bottom: titles, bordered tables, charts placed between them. */
class ReportSheet {
  private next = 1;

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    readonly sheet: ExcelJS.Worksheet,
  ) {
    sheet.columns = WIDTHS.map((width) => ({ width }));
  }

  title(text: string, size: number): void {
    const row = this.sheet.getRow(this.next);
    row.getCell(1).value = text;
    row.font = { bold: true, size };
    row.alignment = { horizontal: size >= 16 ? 'center' : 'left', vertical: 'middle' };
    row.height = size >= 16 ? 30 : 22;
    this.sheet.mergeCells(this.next, 1, this.next, COLUMNS);
    this.next += 1;
  }

  note(text: string): void {
    const row = this.sheet.getRow(this.next);
    row.getCell(1).value = text;
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.font = { color: { argb: 'FF595959' } };
    this.sheet.mergeCells(this.next, 1, this.next, COLUMNS);
    row.height = Math.max(18, Math.ceil(text.length / 70) * 16);
    this.next += 1;
  }

  /** A header row and its data rows, bordered; numbers right-aligned in the given formats. */
  table(headers: string[], rows: Cell[][], formats: CellFormat[] = [], spans: number[] = []): void {
    this.row(headers, [], spans, true);
    for (const cells of rows) this.row(cells, formats, spans, false);
  }

  private row(cells: Cell[], formats: CellFormat[], spans: number[], header: boolean): void {
    const row = this.sheet.getRow(this.next);
    let col = 1;
    cells.forEach((value, i) => {
      const span = spans[i] ?? 1;
      const cell = row.getCell(col);
      if (value !== null) cell.value = value;
      if (typeof value === 'string' && looksLikeFormula(value)) cell.style = { ...QUOTED };
      if (typeof value === 'number') {
        cell.alignment = { horizontal: 'right', vertical: 'middle' };
        if (formats[i]?.numFmt) cell.numFmt = formats[i].numFmt!;
      } else cell.alignment = { vertical: 'middle', wrapText: true, horizontal: header ? 'center' : 'left' };
      for (let c = col; c < col + span; c++) {
        row.getCell(c).border = THIN;
        if (header) row.getCell(c).fill = HEADER_FILL;
      }
      if (span > 1) this.sheet.mergeCells(this.next, col, this.next, col + span - 1);
      col += span;
    });
    if (header) row.font = { bold: true };
    // Lines a text cell wraps to: a CJK character is about two width units; a merged cell is as wide as its columns.
    let start = 0;
    const lines = cells.map((c, i) => {
      const span = spans[i] ?? 1;
      const width = WIDTHS.slice(start, start + span).reduce((sum, w) => sum + w, 0);
      start += span;
      return typeof c === 'string' ? Math.ceil((c.length * 2) / Math.max(1, width - 1)) : 1;
    });
    const longest = Math.max(1, ...lines);
    row.height = Math.max(18, Math.ceil(longest) * 15);
    this.next += 1;
  }

  image(png: Buffer): void {
    const id = this.workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    this.sheet.addImage(id, { tl: { col: 0.2, row: this.next - 1 + 0.2 }, ext: { width: CHART_SIZE.width, height: CHART_SIZE.height } });
    this.next += CHART_ROWS;
  }

  blank(): void {
    this.next += 1;
  }

  /** The watermark line and the printed footer with page numbers. */
  finish(watermark: string): void {
    const row = this.sheet.getRow(this.next);
    row.getCell(1).value = watermark;
    row.font = { italic: true, color: { argb: 'FF808080' } };
    this.sheet.mergeCells(this.next, 1, this.next, COLUMNS);
    this.sheet.headerFooter = { oddFooter: `&L${watermark.replace(/&/g, '&&')}&R第 &P 页，共 &N 页` };
    this.sheet.pageSetup.printArea = `A1:I${this.next}`;
  }
}

const rate = (r: number | null): number | string => (r === null ? '—' : r);
const yuan = (text: string | null): number | string => (text === null ? '—' : Number(text));

/**
 * 月度推进情况报告 — the report leadership reads, ready to print on A4: the year's targets (this month, cumulative,
 * percent, year-end forecast and its basis) with the quota's burn-up, each project's progress with the funnel chart,
 * and the time nodes overdue on the report's day. Charts are PNG images drawn by ECharts (xlsx holds pictures).
 *
 * Written with ExcelJS's in-memory workbook rather than the streaming writer: the streaming writer cannot place
 * pictures, and this report is bounded (targets, projects and time nodes: tens of rows), never a ledger of cases.
 */
export async function writeMonthlyReport(path: string, report: MonthlyReport, watermark: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '徐泾镇动迁安置案件管理系统';
  const [y, m] = report.month.split('-').map(Number);
  const sheet = workbook.addWorksheet('月度报告', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  const w = new ReportSheet(workbook, sheet);
  w.title(`徐泾镇动迁安置工作月度推进情况报告（${y}年${m}月）`, 18);
  w.note(
    `统计截至 ${report.day}（数据最新日期 ${report.present}）。全部数字由系统按业务记录实时统计，仅含导出人可见的项目；“本月”为 ${report.month}-01 至 ${report.day}。`,
  );
  w.blank();

  w.title('一、年度目标完成情况', 13);
  w.table(
    ['序号', '目标', '计量单位', '目标值', '本月完成', '累计完成', '完成率', '年末预测', '预测依据'],
    report.targets.map((t, i) => [
      i + 1,
      t.name,
      t.unit,
      Number(t.targetValue),
      Number(t.thisMonth),
      Number(t.cumulative),
      t.percent / 100,
      t.forecast.value === null ? '—' : Number(t.forecast.value),
      t.forecast.basis,
    ]),
    [{}, {}, {}, { numFmt: '#,##0.##' }, { numFmt: '#,##0.##' }, { numFmt: '#,##0.##' }, { numFmt: PERCENT }, { numFmt: '#,##0.##' }, {}],
  );
  if (report.quota.forecast && report.quota.forecast.basis.some((b) => b.households > 0)) {
    w.blank();
    w.note('解决住房户数的年末预测依据（在途案件按口径折算，单位：户）：');
    w.table(
      ['在途类别', '户数', '保守', '预期', '乐观'],
      report.quota.forecast.basis.filter((b) => b.households > 0).map((b) => [b.label, b.households, b.low, b.expected, b.high]),
      [],
      [5, 1, 1, 1, 1],
    );
  }
  w.blank();
  if (report.quota.byMonth.length) w.image(chartPng(burnUpOption(report)));

  w.title('二、各项目推进情况（截至导出时）', 13);
  w.table(
    ['序号', '项目', '动迁户（户）', '已签约（户）', '签约率', '腾空率', '协议金额（元）', '已付补偿（元）', '支付率'],
    report.projects.map((p, i) => [
      i + 1,
      `${p.code} ${p.name}`,
      p.funnel[0]?.count ?? 0,
      p.signing.count,
      rate(p.signing.rate),
      rate(p.vacating.rate),
      yuan(p.money.agreed),
      yuan(p.money.paid),
      rate(p.money.paidRate),
    ]),
    [{}, {}, {}, {}, { numFmt: PERCENT }, { numFmt: PERCENT }, { numFmt: MONEY_FORMAT }, { numFmt: MONEY_FORMAT }, { numFmt: PERCENT }],
  );
  w.blank();
  if (report.projects.some((p) => p.funnel.some((s) => s.count > 0))) w.image(chartPng(funnelOption(report)));

  w.title(`三、逾期时间节点（${report.overdue.length} 个，截至 ${report.day}）`, 13);
  if (report.overdue.length) {
    w.table(
      ['序号', '时间节点', '所属', '计划完成', '逾期天数', '责任单位', '责任人', '状态'],
      report.overdue.map((n, i) => [
        i + 1,
        n.name,
        n.owner,
        n.plannedOn,
        n.daysLate,
        n.responsibleUnit,
        n.responsible ?? '—',
        n.statusLabel,
      ]),
      [],
      [1, 1, 2, 1, 1, 1, 1, 1],
    );
  } else w.note('无逾期时间节点。');
  w.blank();
  w.finish(watermark);
  await workbook.xlsx.writeFile(path);
  return report.targets.length + report.projects.length + report.overdue.length;
}
