/** Login names: 3–30 of lowercase letters, digits, `.`, `_` and `-`; stored lowercase. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,30}$/;

export const USERNAME_RULE = '用户名须为 3 至 30 位小写字母、数字、点、下划线或连字符';

/** The stored form of a typed login name (trimmed, lowercase). */
export function normalizeUsername(input: string): string {
  return input.trim().toLowerCase();
}

/** The Chinese problem with a login name, or null when it is acceptable. */
export function checkUsername(username: string): string | null {
  return USERNAME_PATTERN.test(username) ? null : USERNAME_RULE;
}
