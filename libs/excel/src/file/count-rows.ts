import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { normalizeCell } from '../domain/normalize.js';

export interface RowCount {
  /** Rows of the first worksheet with at least one non-blank cell (header and title rows included). */
  rows: number;
  /** True when counting stopped early because `rows` passed the limit. */
  truncated: boolean;
}

function hasContent(values: unknown): boolean {
  return Array.isArray(values) && values.some((v) => normalizeCell(v).kind !== 'empty');
}

/**
 * Counts the non-blank rows of the first worksheet with ExcelJS's streaming reader, stopping as
 * soon as the count passes `limit` (so an oversized file costs no more than `limit` rows of parsing).
 * Blank rows — formatted but empty, or the trailing ones every ledger has — are not counted. The
 * `<dimension>` element is not trusted: formatting a whole column makes it claim a million rows.
 */
export async function countWorksheetRows(path: string, options: { limit?: number } = {}): Promise<RowCount> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const input = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let rows = 0;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        if (!hasContent(row.values)) continue;
        rows += 1;
        if (rows > limit) return { rows, truncated: true };
      }
      break;
    }
    return { rows, truncated: false };
  } finally {
    // Leaving the loop early leaves the zip stream paused with its file open: close it now.
    input.destroy();
  }
}
