import dayjs, { type Dayjs } from 'dayjs';

/** The api's answer to a write based on a stale `version`. */
export const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';

/** Case statuses whose survey facts can no longer be changed (only contact details and remarks). */
export const LOCKED_CASE_STATUSES = ['signed', 'vacated', 'settled', 'handed_over'];

/** Optional text: trimmed, blank as null (the api clears the value). */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return value === undefined || value === null ? null : String(value);
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** An optional whole number: null when empty. */
export function integer(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A date picker's value as `YYYY-MM-DD`, or null. */
export function date(value: Dayjs | null | undefined): string | null {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : null;
}

/** A `YYYY-MM-DD` from the api as a date picker's value. */
export function toDayjs(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value) : null;
}

/** The keys of `next` whose value differs from `initial` (compared as JSON), with their new values. */
export function changedFields(next: Record<string, unknown>, initial: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(initial[key] ?? null)) out[key] = value;
  }
  return out;
}

/** A new subject's body: what was filled in (blank optional fields left out). */
export function filledFields(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}
