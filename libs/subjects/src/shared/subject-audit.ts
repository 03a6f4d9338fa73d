import type { SubjectBase } from './subject-base.entity.js';

/** How the audit trail shows a personal field: the mask applied to its value (e.g. maskIdNumber). */
export type AuditMasks<T> = Partial<Record<keyof T, (value: string) => string>>;

/**
 * The values of `fields` (those given) as the audit trail records them: personal data masked,
 * the internal parcel id left out (the note names the parcel by code instead).
 */
export function auditValues<T extends SubjectBase>(fields: Partial<T>, masks: AuditMasks<T> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields) as Array<keyof T & string>) {
    const value = fields[key];
    if (value === undefined || key === 'parcelId') continue;
    const mask = masks[key];
    out[key] = mask && typeof value === 'string' ? mask(value) : value;
  }
  return out;
}
