/** Outcome of checking an identifier: the normalised value, or why it is wrong (Chinese). */
export type CheckResult = { ok: true; value: string } | { ok: false; message: string };

/** Removes every kind of space people paste from Excel (including full-width and no-break spaces). */
export function stripSpaces(raw: string): string {
  return raw.replace(/[\s\u3000\u00a0]+/g, '');
}
