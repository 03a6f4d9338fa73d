import { normalizeCell } from '../domain/normalize.js';
import { readFirstWorksheet } from './first-worksheet.js';

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
 * Counts the non-blank rows of the first worksheet with the streaming reader (first-worksheet.ts), stopping as
 * soon as the count passes `limit` (so an oversized file costs no more than `limit` rows of parsing).
 * Blank rows — formatted but empty, or the trailing ones every ledger has — are not counted. The
 * `<dimension>` element is not trusted: formatting a whole column makes it claim a million rows.
 */
export async function countWorksheetRows(path: string, options: { limit?: number } = {}): Promise<RowCount> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let rows = 0;
  for await (const row of readFirstWorksheet(path, { styles: false })) {
    if (!hasContent(row.values)) continue;
    rows += 1;
    if (rows > limit) return { rows, truncated: true };
  }
  return { rows, truncated: false };
}
