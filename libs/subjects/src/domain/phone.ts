import { stripSpaces, type CheckResult } from './check-result.js';

const MOBILE = /^1[3-9]\d{9}$/;
/** Area code 0xx or 0xxx, 7–8 digit number, optional extension: 021-59761234, 02159761234, 021-59761234-801. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/**
 * Checks a mainland phone number: a mobile (1[3-9] and 9 digits, optional +86) or a landline with
 * its area code. Spaces are removed; a landline keeps its hyphens.
 */
export function checkPhone(raw: unknown): CheckResult {
  if (typeof raw !== 'string' || !stripSpaces(raw)) return { ok: false, message: '联系电话不能为空' };
  const value = stripSpaces(raw).replace(/^(\+86|0086)-?/, '');
  if (MOBILE.test(value) || LANDLINE.test(value)) return { ok: true, value };
  return { ok: false, message: '联系电话应为 11 位手机号或带区号的固定电话（如 021-59761234）' };
}
