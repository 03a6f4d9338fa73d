/** Outcome of checking an identifier: the normalised value, or why it is wrong (Chinese). */
export type CheckResult = { ok: true; value: string } | { ok: false; message: string };

/** Today's calendar date in Shanghai, `YYYY-MM-DD`, without any framework. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Removes every kind of space people paste from Excel (including full-width and no-break spaces). */
export function stripSpaces(raw: string): string {
  return raw.replace(/[\s\u3000\u00a0]+/g, '');
}
