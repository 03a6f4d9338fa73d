/**
 * Every spelling of `text` that differs only in the case of its ASCII letters (`Lp2` → `lp2`, `lP2`, `Lp2`, `LP2`), so
 * a case-insensitive prefix becomes a few exact prefixes, each a range of a byte-ordered index. Null when that would be
 * more than `max` spellings or `text` has a letter outside ASCII whose case changes (its other spellings are left to
 * the case-insensitive match).
 */
export function caseVariants(text: string, max = 16): string[] | null {
  let variants = [''];
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) {
      variants = variants.map((v) => v + ch);
      continue;
    }
    if (!/^[A-Za-z]$/.test(ch)) return null;
    if (variants.length * 2 > max) return null;
    variants = variants.flatMap((v) => [v + upper, v + lower]);
  }
  return variants;
}
