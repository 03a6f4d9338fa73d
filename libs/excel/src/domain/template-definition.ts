/** What can be imported from a workbook. */
export const IMPORT_KINDS = ['households', 'enterprises', 'parcels', 'units', 'land-ownership'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { households: '动迁户', enterprises: '企业', parcels: '地块', units: '安置房源', 'land-ownership': '集体土地所有权' };

/**
 * One column of an import template. The same definition drives the downloadable template (header,
 * instructions sheet, sample row, drop-down lists), header detection and row validation messages.
 */
export interface ColumnDefinition<K extends string = string> {
  /** Field key of the imported record. */
  key: K;
  /** Chinese header as written in the template (without unit suffix). */
  header: string;
  /** Unit shown after the header in the template, e.g. `平方米`; headers in uploads may carry it or not. */
  unit?: string;
  /** What the column means (instructions sheet). */
  meaning: string;
  required: boolean;
  /** How to fill it in (instructions sheet), in Chinese. */
  format: string;
  /** The sample row's value, as typed in the template. */
  example: string;
  /** Fixed values, offered as a drop-down list in the template. */
  allowedValues?: readonly string[];
  /** Other headers officers' own ledgers use for this column. */
  aliases?: readonly string[];
  /** Suggested column width in the template, in characters. */
  width?: number;
}

export interface TemplateDefinition<K extends string = string> {
  kind: ImportKind;
  /** Title of the template sheet and of the report, e.g. `动迁户摸底台账`. */
  title: string;
  /** Name of the data sheet in the template. */
  sheetName: string;
  columns: readonly ColumnDefinition<K>[];
}

/** The header as written in the template: the name plus its unit, e.g. `合法建筑面积（平方米）`. */
export function templateHeader(column: ColumnDefinition): string {
  return column.unit ? `${column.header}（${column.unit}）` : column.header;
}

/** The column definition of `key`; throws for a key the template does not have (a programming error). */
export function columnOf<K extends string>(template: TemplateDefinition<K>, key: K): ColumnDefinition<K> {
  const column = template.columns.find((c) => c.key === key);
  if (!column) throw new Error(`模板 ${template.kind} 没有字段 ${key}`);
  return column;
}
