import { todayInShanghai } from '@app/platform';
import { stripSpaces, type CheckResult } from './check-result.js';

/** GB 11643-1999 check digit: ISO 7064 MOD 11-2 over the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_DIGITS = '10X98765432';

/** First two digits: the province-level region codes GB/T 2260 has ever assigned. */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
]);

const SHAPE = /^\d{17}[\dX]$/;

/** The check digit for the first 17 digits of a 身份证号. */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('身份证号前 17 位必须是数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_DIGITS[sum % 11]!;
}

/** Spaces removed, lowercase x made uppercase: the form stored and compared. */
export function normalizeIdNumber(raw: string): string {
  return stripSpaces(raw).toUpperCase();
}

/** True when `raw` has the shape of an 18-character 身份证号 (not necessarily valid). */
export function looksLikeIdNumber(raw: string): boolean {
  return SHAPE.test(normalizeIdNumber(raw));
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks a 身份证号 per GB 11643-1999: 18 characters, a known province code, a real birth date
 * between 1900-01-01 and today (Asia/Shanghai), and the MOD 11-2 check digit.
 */
export function checkIdNumber(raw: unknown, options: { today?: string } = {}): CheckResult {
  if (typeof raw !== 'string' || !stripSpaces(raw)) return { ok: false, message: '身份证号不能为空' };
  const value = normalizeIdNumber(raw);
  if (value.length !== 18) return { ok: false, message: `身份证号必须是 18 位（当前 ${value.length} 位）` };
  if (!SHAPE.test(value)) return { ok: false, message: '身份证号前 17 位必须是数字，最后一位是数字或 X' };
  if (!PROVINCE_CODES.has(Number(value.slice(0, 2)))) return { ok: false, message: `身份证号的地区码 ${value.slice(0, 6)} 无效` };
  const birth = value.slice(6, 14);
  const [year, month, day] = [Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8))];
  if (!isRealDate(year, month, day)) return { ok: false, message: `身份证号中的出生日期 ${birth} 不是有效日期` };
  if (year < 1900) return { ok: false, message: `身份证号中的出生日期 ${birth} 早于 1900 年` };
  const iso = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  if (iso > (options.today ?? todayInShanghai())) return { ok: false, message: `身份证号中的出生日期 ${birth} 晚于今天` };
  if (idNumberCheckDigit(value.slice(0, 17)) !== value[17]) return { ok: false, message: '身份证号校验位不正确，请核对' };
  return { ok: true, value };
}
