/** Number formats of exported cells. */
export const AREA_FORMAT = '0.00';
export const MONEY_FORMAT = '#,##0.00';

/** A column of an exported ledger: its Chinese header, width and number format, and how a row fills it. */
export interface LedgerColumn<R> {
  header: string;
  width: number;
  numFmt?: string;
  value(row: R): string | number | null;
}

/** Characters that make Excel, WPS or LibreOffice treat typed or pasted text as a formula (CSV/formula injection). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Whether `text` would start a formula if it were typed into a cell. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/** An area or money column (numeric text from PostgreSQL) as a number, so the cell's format applies. */
export function numberOrNull(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
