/**
 * What any text the system accepts may hold, decided once for the API and the imports alike.
 *
 * - Control characters have no place in names, codes or remarks: PostgreSQL refuses NUL outright
 *   (`invalid byte sequence for encoding "UTF8": 0x00`) and the others are invisible. Refused.
 *   Tab, line feed and carriage return stay allowed in free text (remarks have lines); in a URL
 *   (path or query) nothing below U+0020 is allowed.
 * - Invisible and right-to-left characters make two different texts look equal (`GJ17-\u200b9999`
 *   next to `GJ17-9999`) or a text look like another (`\u202e` reverses what follows). Removed,
 *   so that what looks equal is equal; a name of nothing but them is then empty and refused as such.
 * - Codes (`code`, `projectCode`, …) are also NFKC-folded (full-width `ＧＪ１７` is `GJ17`); other text
 *   keeps its characters (NFKC would turn Chinese typography such as （） into ASCII).
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const CONTROL_IN_URL = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * Zero-width characters (U+200B–U+200D, U+2060–U+2064, BOM U+FEFF, U+180E), the soft hyphen, and every
 * direction control: marks (U+200E/F, U+061C), embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069).
 */
export const INVISIBLE_CHARACTERS = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE_CHARACTERS.source);
/** Half of a surrogate pair on its own: not a character at all (UTF-8 cannot encode it). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const CODE_KEY = /^(code|[a-z][A-Za-z]*Code)$/;
/** Passwords are compared byte for byte and never displayed: taken exactly as typed. */
const VERBATIM_KEY = /password/i;

/** Whether `text` holds a control character (or half of a surrogate pair) that no accepted text may hold. */
export function hasForbiddenCharacter(text: string, where: 'text' | 'url' = 'text'): boolean {
  return (where === 'url' ? CONTROL_IN_URL : CONTROL_IN_TEXT).test(text) || LONE_SURROGATE.test(text);
}

/** `text` without invisible and direction-control characters. */
export function stripInvisible(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE_CHARACTERS, '') : text;
}

/** A text as the system stores and compares it: invisibles removed, and NFKC-folded for a code. */
export function normalizeInputText(text: string, kind: 'text' | 'code' = 'text'): string {
  const visible = stripInvisible(text);
  return kind === 'code' ? visible.normalize('NFKC') : visible;
}

/** Whether a field of this name holds a code (`code`, `projectCode`, `parcelCode`…), folded with NFKC. */
export function isCodeField(key: string): boolean {
  return CODE_KEY.test(key);
}

/** Limits of an accepted JSON body (or query object), beyond its size in bytes. */
export interface InputLimits {
  /** How deeply objects and arrays may nest (a body of `{}` is depth 1). */
  maxDepth: number;
  /** How many values (strings, numbers, objects, array items…) it may hold in all. */
  maxValues: number;
}

export const INPUT_LIMITS: InputLimits = { maxDepth: 16, maxValues: 50_000 };

export type InputProblem =
  | { kind: 'depth' }
  | { kind: 'size' }
  | { kind: 'character'; field: string };

/**
 * Walks a parsed body or query (without recursion, so no depth overflows this walk) and returns its
 * first problem: nested too deep, too many values, or a text (key or value) with a forbidden character.
 */
export function inspectInput(value: unknown, limits: InputLimits = INPUT_LIMITS, where: 'text' | 'url' = 'text'): InputProblem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  let seen = 0;
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!;
    if (++seen > limits.maxValues) return { kind: 'size' };
    if (typeof current === 'string') {
      if (hasForbiddenCharacter(current, where)) return { kind: 'character', field: path || '请求内容' };
      continue;
    }
    if (!isPlainContainer(current)) continue;
    if (depth + 1 > limits.maxDepth) return { kind: 'depth' };
    for (const [key, item] of Object.entries(current)) {
      const field = Array.isArray(current) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(current) && hasForbiddenCharacter(key, where)) return { kind: 'character', field: '字段名' };
      stack.push({ value: item, path: field, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * The same value with every string normalised (`normalizeInputText`; code fields by their key;
 * passwords left exactly as typed).
 * Returns the input itself when nothing changes; never mutates it.
 */
export function normalizeInput<T>(value: T, key = ''): T {
  if (typeof value === 'string') {
    if (VERBATIM_KEY.test(key)) return value;
    const normalized = normalizeInputText(value, isCodeField(key) ? 'code' : 'text');
    return (normalized === value ? value : normalized) as T;
  }
  if (!isPlainContainer(value)) return value;
  let changed = false;
  const entries = Object.entries(value).map(([k, item]) => {
    const next = normalizeInput(item, Array.isArray(value) ? key : k);
    if (next !== item) changed = true;
    return [k, next] as const;
  });
  if (!changed) return value;
  if (Array.isArray(value)) return entries.map(([, v]) => v) as T;
  // Keep the prototype (null-prototype query objects stay so); keys are copied as own data properties.
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const [k, v] of entries) Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
  return copy as T;
}

/** Only what JSON and query parsing produce: never walk a Buffer, a file or another class instance. */
function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The Chinese message for a problem (the API answers it with 400; it quotes nothing of the input). */
export function inputProblemMessage(problem: InputProblem): string {
  switch (problem.kind) {
    case 'depth':
      return `请求内容嵌套层级过深（最多 ${INPUT_LIMITS.maxDepth} 层）`;
    case 'size':
      return `请求内容包含的数据项过多（最多 ${INPUT_LIMITS.maxValues} 项）`;
    case 'character':
      return `${problem.field.length > 64 ? `${problem.field.slice(0, 64)}…` : problem.field} 含有不允许的控制字符`;
  }
}
