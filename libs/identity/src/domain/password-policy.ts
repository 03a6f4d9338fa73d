import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The password policy. 等保 2.0 level 2 asks for complexity (three of four character classes);
 * ASVS 5.0 asks for length and a blocklist and no composition rules. Where they disagree 等保 wins,
 * so both apply: ≥ 8 characters, ≥ 3 classes, not a common password, not containing the username.
 * Returns the Chinese problems, empty when the password is acceptable.
 */
export function checkPasswordPolicy(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`密码至少 ${MIN_PASSWORD_LENGTH} 个字符`);
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(`密码最多 ${MAX_PASSWORD_LENGTH} 个字符`);
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、特殊字符中的至少三类');
  if (COMMON_PASSWORDS.has(password.toLowerCase())) problems.push('密码过于常见，请换一个');
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push('密码不能包含用户名');
  return problems;
}
