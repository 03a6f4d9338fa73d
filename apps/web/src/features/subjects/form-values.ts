import dayjs, { type Dayjs } from 'dayjs';
import { formatPickedDate } from '../../lib/format';

/** The api's answer to a write based on a stale `version`. */
export const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';

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
  return formatPickedDate(value);
}

/** A `YYYY-MM-DD` from the api as a date picker's value. */
export function toDayjs(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value) : null;
}

/**
 * A request body as a form builds it from its values: the fields of the api's body `D` (nested lists
 * too), any of them possibly blank (null) until the form's rules have been checked.
 */
export type FormBody<D> = { [K in keyof D]?: (NonNullable<D[K]> extends Array<infer E> ? FormBody<E>[] : D[K]) | null };

/**
 * The keys of `next` whose value differs from `initial` (compared as JSON), with their new values.
 * A required field is never blank here — the form's rules refuse that before saving — so the
 * changes are a partial body `D` (the api checks it again).
 */
export function changedFields<D>(next: FormBody<D>, initial: FormBody<D>): Partial<D> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify((initial as Record<string, unknown>)[key] ?? null)) out[key] = value;
  }
  return out as Partial<D>;
}

/**
 * A new record's body `D`: what was filled in (blank optional fields left out). The form's rules
 * have refused blank required fields before this runs; the api checks the body again.
 */
export function filledFields<D>(body: FormBody<D>): D {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null && v !== undefined && v !== '')) as D;
}
