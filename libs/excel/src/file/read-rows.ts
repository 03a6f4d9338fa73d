import type { SheetRow } from '../domain/header.js';
import { readFirstWorksheet } from './first-worksheet.js';

/**
 * The rows of a workbook's first worksheet, streamed (see first-worksheet.ts): memory stays flat
 * however many rows there are. Date-formatted cells come back as `Date` (styles are read for that).
 * Leaving the loop early closes the file.
 */
export async function* readWorksheetRows(path: string): AsyncGenerator<SheetRow> {
  for await (const row of readFirstWorksheet(path, { styles: true })) {
    yield { rowNumber: row.number, values: Array.isArray(row.values) ? row.values : [] };
  }
}

/** The first `count` rows of the first worksheet (for header detection). */
export async function readHeadRows(path: string, count: number): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readWorksheetRows(path)) {
    if (row.rowNumber > count) break;
    rows.push(row);
  }
  return rows;
}

/** A cell value as it can be stored in JSON and written back into a report cell. */
function storable(value: unknown): unknown {
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

/** The non-empty cells of a row by 1-based column number, as uploaded. */
export function rowValues(values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let c = 1; c < values.length; c += 1) {
    if (values[c] !== undefined && values[c] !== null) out[String(c)] = storable(values[c]);
  }
  return out;
}
