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

/**
 * The range of texts that begin with `prefix`, compared byte by byte (a `COLLATE "C"` column, UTF-8): `from` the prefix
 * itself, `before` the first text after all of them — the prefix with its last character one code point higher (a
 * last character with no higher one dropped first). So `code LIKE 'LP1-01%'` is `code >= 'LP1-01' AND code < 'LP1-02'`,
 * a range of the code index even in a plan made before the values are known. Null when no text is after them all (an
 * empty prefix, or one made only of the highest code point).
 */
export function prefixRange(prefix: string): { from: string; before: string } | null {
  const points = [...prefix].map((ch) => ch.codePointAt(0)!);
  while (points.length) {
    const last = points.pop()!;
    if (last >= 0x10ffff) continue;
    // UTF-16 surrogates are not characters: after U+D7FF comes U+E000.
    points.push(last === 0xd7ff ? 0xe000 : last + 1);
    return { from: prefix, before: String.fromCodePoint(...points) };
  }
  return null;
}
