/** GB 32100-2015 character set (no I, O, Z, S, V). */
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714 (组织机构代码) weights of the 8-character body. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The check character of a 统一社会信用代码 from its first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`not 17 characters: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CHARSET.indexOf(first17[i]);
    if (value < 0) throw new Error(`character outside GB 32100: ${first17[i]}`);
    sum += value * CREDIT_WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return CREDIT_CHARSET[check === 31 ? 0 : check];
}

/** Whether `code` is 18 characters of the GB 32100 set with the right check character. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/** The check character of an 8-digit 组织机构代码 body (GB 11714: 11 - sum mod 11; 10 → X, 11 → 0). */
export function orgCodeCheckChar(body: string): string {
  if (!/^\d{8}$/.test(body)) throw new Error(`not 8 digits: ${body}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * ORG_WEIGHTS[i];
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * A 统一社会信用代码 for an enterprise registered in 青浦区: `91` (工商, 企业) + `310118` +
 * the 9-character 组织机构代码 (8 digits + its own check) + the GB 32100 check character.
 */
export function makeCreditCode(orgBody: string, prefix = '91310118'): string {
  const first17 = `${prefix}${orgBody}${orgCodeCheckChar(orgBody)}`;
  return first17 + creditCodeCheckChar(first17);
}
