import type ExcelJS from 'exceljs';

declare module 'exceljs' {
  interface Style {
    /** Excel's quote prefix (the leading apostrophe): the cell's text is text, never a formula. */
    quotePrefix?: boolean;
  }
}

/**
 * Text that Excel (or a CSV round trip) would take for a formula when the cell is edited: it starts
 * with `=`, `+`, `-` or `@` (OWASP's CSV-injection list; tab and CR are not in our texts).
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/**
 * Excel's own leading apostrophe: the cell's style says "this is text", so the value is never
 * evaluated. ExcelJS 4.4.0 learns the attribute from scripts/setup.mjs.
 */
export const QUOTED: Partial<ExcelJS.Style> = { quotePrefix: true };
