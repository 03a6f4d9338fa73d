import { stripSpaces, type CheckResult } from './check-result.js';

/** GB 32100-2015 code characters: digits and capitals without I, O, Z, S, V; a character's value is its index. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = new RegExp(`^[${CHARSET}]{18}$`);

/** The check character for the first 17 characters of a 统一社会信用代码. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('统一社会信用代码前 17 位长度不正确');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`统一社会信用代码含有无效字符 ${first17[i]}`);
    sum += value * WEIGHTS[i]!;
  }
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Spaces removed, uppercase: the form stored and compared. */
export function normalizeCreditCode(raw: string): string {
  return stripSpaces(raw).toUpperCase();
}

/** True when `raw` has the shape of a 统一社会信用代码 (not necessarily valid). */
export function looksLikeCreditCode(raw: string): boolean {
  return SHAPE.test(normalizeCreditCode(raw));
}

/**
 * Checks a 统一社会信用代码 per GB 32100-2015: 18 characters from the code charset, a numeric
 * administrative-division code in positions 3–8, and the MOD 31 check character.
 */
export function checkCreditCode(raw: unknown): CheckResult {
  if (typeof raw !== 'string' || !stripSpaces(raw)) return { ok: false, message: '统一社会信用代码不能为空' };
  const value = normalizeCreditCode(raw);
  if (value.length !== 18) return { ok: false, message: `统一社会信用代码必须是 18 位（当前 ${value.length} 位）` };
  const bad = [...value].find((c) => !CHARSET.includes(c));
  if (bad !== undefined) return { ok: false, message: `统一社会信用代码含有无效字符 ${bad}（不使用 I、O、Z、S、V）` };
  if (!/^\d{6}$/.test(value.slice(2, 8))) return { ok: false, message: '统一社会信用代码第 3 至 8 位必须是行政区划码（数字）' };
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, message: '统一社会信用代码校验位不正确，请核对' };
  return { ok: true, value };
}
