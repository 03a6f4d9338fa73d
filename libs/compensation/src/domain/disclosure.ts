/**
 * 阳光征收 (public disclosure): what of a signed household agreement may be posted publicly — its code, village,
 * the head's name with the middle hidden, the recognised areas, the compensation total and the signing date — and
 * nothing else (no 身份证号, phone, members, payments).
 */

/**
 * The head's name as posted: the first and last characters kept, those between hidden (`王小明` → `王*明`,
 * `欧阳小明` → `欧**明`); a two-character name keeps its surname (`王明` → `王*`), one character is hidden whole.
 */
export function maskedName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
