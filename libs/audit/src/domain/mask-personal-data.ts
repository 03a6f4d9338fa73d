/**
 * Masks personal data before it is written to the audit trail: the trail is read by leaders
 * and kept for years, so it must never hold a full 身份证号, phone number or password.
 */

// A uuid is matched first and kept whole: its digit runs may look like a phone number.
const SENSITIVE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(\d{17}[\dXx])|(1[3-9]\d{9})/gi;
const PASSWORD_KEY = /^password/i;
const MAX_DEPTH = 20;

export const MASKED_SECRET = '******';

/** `310118195001011234` → `310118********1234`; `13812345678` → `138****5678`, wherever they occur in `text`. */
export function maskText(text: string): string {
  return text.replace(SENSITIVE, (match, id?: string, phone?: string) => {
    if (id) return `${id.slice(0, 6)}********${id.slice(-4)}`;
    if (phone) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    return match;
  });
}

const WHOLE_ID_NUMBER = /^\d{17}[\dXx]$/;
const WHOLE_MOBILE = /^1[3-9]\d{9}$/;

/**
 * Masks a name that is itself an ID number or a mobile number (someone tried to log in with one);
 * leaves other names whole, digits and all.
 */
export function maskIfPersonalNumber(name: string): string {
  return WHOLE_ID_NUMBER.test(name) || WHOLE_MOBILE.test(name) ? maskText(name) : name;
}

/**
 * A deep copy of `value` with every string (and number) masked by `maskText`, and every value
 * under a key named `password…` replaced by `******`.
 */
export function maskPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    const text = String(value);
    const masked = maskText(text);
    return masked === text ? value : masked;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = PASSWORD_KEY.test(key) ? MASKED_SECRET : maskPersonalData(item, depth + 1);
  }
  return out;
}
