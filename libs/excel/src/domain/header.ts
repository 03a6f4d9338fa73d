import { cellText, normalizeCell, toHalfWidth, type NormalizedCell } from './normalize.js';
import type { ColumnDefinition, TemplateDefinition } from './template-definition.js';

/** A worksheet row as ExcelJS gives it: `values` is 1-based (`row.values`), index 0 unused. */
export interface SheetRow {
  rowNumber: number;
  values: readonly unknown[];
}

/** The header row found, and which column holds each field. */
export interface HeaderMatch<K extends string> {
  ok: true;
  /** Excel row number of the header; data starts below it. */
  headerRow: number;
  /** Column number (1-based) of each field present in the file. */
  columns: Partial<Record<K, number>>;
  /** Informational remarks for the import report: ignored columns, optional columns left out. */
  notices: string[];
}

export interface HeaderFailure {
  ok: false;
  /** Everything wrong with the header, in Chinese, for the upload's 4xx answer. */
  message: string;
  /** Chinese names of the required columns that are missing. */
  missing: string[];
}

export type HeaderResult<K extends string> = HeaderMatch<K> | HeaderFailure;

/** How many rows from the top may hold the header (title rows, notes, blank rows above it). */
export const HEADER_SCAN_ROWS = 10;

/** Area units other than m²: a column in 亩 must not be read as square metres. */
const FOREIGN_AREA_UNITS = /^(亩|公顷|ha|平方公里|km2|km²)$/i;
const SQUARE_METRES = /[/_-]?(平方米|平米|㎡|m²|m2|sqm)$/i;

/** Column letters as Excel shows them: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Splits a header into its comparable name and its unit: half-width, no spaces or line breaks,
 * no required-marks (`*`), bracketed notes and unit suffixes removed.
 * `'合法建筑面积\n（平方米）'` → `{ name: '合法建筑面积', unit: '平方米' }`; `'面积㎡'` → `{ name: '面积', unit: '㎡' }`.
 */
export function parseHeader(text: string): { name: string; unit: string | null } {
  let rest = toHalfWidth(text)
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/[*※]/g, '');
  let unit: string | null = null;
  rest = rest.replace(/[([【〔]([^()[\]【】〔〕]*)[)\]】〕]/g, (_all, inner: string) => {
    unit ??= inner;
    return '';
  });
  const suffix = SQUARE_METRES.exec(rest);
  if (suffix && suffix.index > 0) {
    unit ??= suffix[1]!;
    rest = rest.slice(0, suffix.index);
  }
  return { name: rest.toLowerCase(), unit };
}

function lookupTable<K extends string>(template: TemplateDefinition<K>): Map<string, ColumnDefinition<K>> {
  const table = new Map<string, ColumnDefinition<K>>();
  for (const column of template.columns) {
    for (const name of [column.header, ...(column.aliases ?? [])]) table.set(parseHeader(name).name, column);
  }
  return table;
}

interface RowScan<K extends string> {
  rowNumber: number;
  found: Map<K, number[]>;
  unknown: Array<{ column: number; text: string }>;
  wrongUnits: Array<{ column: number; text: string; unit: string; header: string }>;
}

function scanRow<K extends string>(row: SheetRow, table: Map<string, ColumnDefinition<K>>): RowScan<K> {
  const scan: RowScan<K> = { rowNumber: row.rowNumber, found: new Map(), unknown: [], wrongUnits: [] };
  for (let c = 1; c < row.values.length; c += 1) {
    const text = cellText(normalizeCell(row.values[c]));
    if (text === null) continue;
    const { name, unit } = parseHeader(text);
    const column = table.get(name);
    if (!column) {
      scan.unknown.push({ column: c, text: text.replace(/\s+/g, ' ') });
      continue;
    }
    if (column.unit === '平方米' && unit !== null && FOREIGN_AREA_UNITS.test(unit)) {
      scan.wrongUnits.push({ column: c, text, unit, header: column.header });
    }
    scan.found.set(column.key, [...(scan.found.get(column.key) ?? []), c]);
  }
  return scan;
}

const listed = (items: string[]): string => items.join('、');

/**
 * Finds the header row among the first rows of a sheet: the row matching the most template
 * columns (ties go to the upper row). Headers are compared without spaces, line breaks,
 * full-width forms, `*` marks and unit suffixes such as `（平方米）` `(㎡)` `(m²)` `（m2）`.
 * A title row above the header (merged or not) and unknown extra columns are tolerated; missing
 * required columns, a field appearing twice and an area column in another unit (亩) are not.
 */
export function detectHeader<K extends string>(
  template: TemplateDefinition<K>,
  rows: readonly SheetRow[],
  scanRows = HEADER_SCAN_ROWS,
): HeaderResult<K> {
  const table = lookupTable(template);
  const required = template.columns.filter((c) => c.required).map((c) => c.header);
  let best: RowScan<K> | undefined;
  for (const row of rows.slice(0, scanRows)) {
    const scan = scanRow(row, table);
    if (!best || scan.found.size > best.found.size) best = scan;
  }
  if (!best || best.found.size < Math.min(2, template.columns.length)) {
    return {
      ok: false,
      message: `前 ${scanRows} 行中没有找到「${template.title}」的表头，请使用导入模板（表头应包含：${listed(template.columns.map((c) => c.header))}）`,
      missing: required,
    };
  }

  const problems: string[] = [];
  const missing = template.columns.filter((c) => c.required && !best.found.has(c.key)).map((c) => c.header);
  if (missing.length) problems.push(`缺少必填列：${listed(missing)}`);
  for (const column of template.columns) {
    const at = best.found.get(column.key) ?? [];
    if (at.length > 1)
      problems.push(`「${column.header}」列出现了 ${at.length} 次（${listed(at.map((c) => `${columnLetter(c)} 列`))}），请只保留一列`);
  }
  for (const w of best.wrongUnits) {
    problems.push(
      `${columnLetter(w.column)} 列「${w.text}」的单位是${w.unit}，请换算成平方米后填写，并把表头改为「${w.header}（平方米）」`,
    );
  }
  if (problems.length) return { ok: false, message: problems.join('；'), missing };

  const notices: string[] = [];
  if (best.unknown.length) {
    notices.push(`以下列不在模板中，已忽略：${listed(best.unknown.map((u) => `${columnLetter(u.column)} 列「${u.text}」`))}`);
  }
  const absent = template.columns.filter((c) => !c.required && !best.found.has(c.key)).map((c) => c.header);
  if (absent.length) notices.push(`文件中没有以下可选列，按空白处理：${listed(absent)}`);

  const columns: Partial<Record<K, number>> = {};
  for (const [key, at] of best.found) columns[key] = at[0]!;
  return { ok: true, headerRow: best.rowNumber, columns, notices };
}

/** The normalised cells of one data row, by field key (fields whose column is absent are left out). */
export function rowCells<K extends string>(
  columns: Partial<Record<K, number>>,
  values: readonly unknown[],
): Partial<Record<K, NormalizedCell>> {
  const cells: Partial<Record<K, NormalizedCell>> = {};
  for (const key of Object.keys(columns) as K[]) cells[key] = normalizeCell(values[columns[key]!]);
  return cells;
}
