import { Dec, fenToYuan } from '@app/platform';

/**
 * Money in the compensation domain is integer fen as `bigint` (exact at any size; a `number` is
 * exact only to 2^53 fen). Intermediate products are `Dec`; each line turns into fen once, through
 * `roundToFen`, half-up — decimal.js's ROUND_HALF_UP, i.e. ties away from zero, so −0.005 → −0.01.
 */
export type Fen = bigint;

/** Exact yuan (`Dec`) → integer fen, rounded half-up (ties away from zero) at the fen. */
export function roundToFen(yuan: Dec): Fen {
  return BigInt(yuan.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0));
}

/** Integer fen → exact yuan as `Dec`. */
export function fenToDec(fen: Fen): Dec {
  return new Dec(fen.toString()).dividedBy(100);
}

/** Integer fen → yuan text with 2 decimals and no separators (`"190391.38"`), for storage and APIs. */
export function yuanText(fen: Fen): string {
  return fenToYuan(fen);
}

/** Groups the integer digits of plain decimal text by thousands: `"-1234567.5"` → `"-1,234,567.5"`. */
function groupThousands(text: string): string {
  const [whole, fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const plainDigits = sign ? whole.slice(1) : whole;
  let digits = '';
  for (let end = plainDigits.length; end > 0; end -= 3) digits = end - 3 > 0 ? `,${plainDigits.slice(end - 3, end)}${digits}` : `${plainDigits.slice(0, end)}${digits}`;
  return fraction === undefined ? `${sign}${digits}` : `${sign}${digits}.${fraction}`;
}

/** Fen → display yuan with thousands separators and 2 decimals (`"190,391.38"`). */
export function formatYuan(fen: Fen): string {
  return groupThousands(fenToYuan(fen));
}

/**
 * A decimal for display with thousands separators and at least `minDecimals` places, keeping every
 * significant place beyond them, so an area of 120.505 m² shows as it is used, never silently rounded.
 */
export function formatDecimal(value: Dec, minDecimals = 2): string {
  const places = Math.max(minDecimals, value.decimalPlaces());
  return groupThousands(value.toFixed(places));
}
