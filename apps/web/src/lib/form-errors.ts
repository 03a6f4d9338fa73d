import type { FormInstance } from 'antd';
import type { ApiError } from '../api/client';

/**
 * Shows the api's per-field Chinese validation messages next to the fields of an antd form.
 * Fields the form does not have are left to the page's general error. Returns how many were shown.
 */
export function applyFieldErrors(form: FormInstance, error: ApiError): number {
  const byField = error.fieldErrors;
  const known = new Set([...Object.keys(form.getFieldsValue() ?? {}), ...Object.keys(form.getFieldsValue(true) ?? {})]);
  const fields = Object.entries(byField)
    .filter(([name]) => known.has(name.split('.')[0]!))
    .map(([name, errors]) => ({ name: name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [...new Set(errors)] }));
  if (fields.length) form.setFields(fields);
  return fields.length;
}
