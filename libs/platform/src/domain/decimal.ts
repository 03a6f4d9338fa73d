import { Decimal } from 'decimal.js';

/** Exact decimal arithmetic for areas and money: never JS floating point. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** True when `value` is a plain decimal number (string or finite number). */
export function isDecimalLike(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && DECIMAL_TEXT.test(value.trim());
}

/** Parses an area or amount from text or number; throws on anything else. */
export function toDecimal(value: string | number | Dec): Dec {
  if (value instanceof Dec) return value;
  if (!isDecimalLike(value)) throw new Error(`不是有效的数字: ${String(value)}`);
  // Numbers go through their shortest decimal text, so 0.1 stays 0.1 rather than 0.1000000000000000055…
  return new Dec(typeof value === 'number' ? String(value) : value.trim());
}

/** Text already at two places with no leading zero — as PostgreSQL gives a numeric(…, 2) column. */
const TWO_PLACES = /^(?:0|[1-9]\d*)\.\d{2}$/;

/** An area in m² rounded half-up to 2 decimals, as text (`"123.40"`). */
export function formatArea(value: string | number | Dec): string {
  // A stored area is its own formatting: no decimal parsed for it (a list page shows 120 of them).
  if (typeof value === 'string' && TWO_PLACES.test(value)) return value;
  return toDecimal(value).toDecimalPlaces(2).toFixed(2);
}

/** Sums decimals exactly. */
export function sumDecimals(values: Array<string | number | Dec>): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(toDecimal(v)), new Dec(0));
}

/** Yuan (decimal text) → integer fen; refuses fractions of a fen. */
export function yuanToFen(yuan: string | number | Dec): bigint {
  const fen = toDecimal(yuan).times(100);
  if (!fen.isInteger()) throw new Error(`金额不能小于 1 分: ${String(yuan)}`);
  return BigInt(fen.toFixed(0));
}

/** Integer fen → yuan text with 2 decimals. */
export function fenToYuan(fen: bigint | number | string): string {
  const text = String(fen);
  if (!INTEGER.test(text)) return new Dec(text).dividedBy(100).toFixed(2);
  // Integer fen: split with bigint arithmetic (exact, and far cheaper than a decimal division per amount).
  const value = BigInt(text);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

const INTEGER = /^-?\d+$/;
