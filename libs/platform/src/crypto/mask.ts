/**
 * How personal numbers are shown to anyone who has not explicitly unmasked them
 * (GB/T 35273 de-identification for display).
 */

const stars = (n: number) => '*'.repeat(Math.max(n, 0));

/** 身份证号: the first 6 (region) and last 4 characters stay, `310229********1234`. */
export function maskIdNumber(value: string): string;
export function maskIdNumber(value: string | null): string | null;
export function maskIdNumber(value: string | null): string | null {
  if (value === null) return null;
  if (value.length <= 10) return stars(value.length);
  return value.slice(0, 6) + stars(value.length - 10) + value.slice(-4);
}

/** Area code 010 / 02x (3 digits) or 0xxx (4 digits), the number, an optional extension. */
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))(-?)(\d{7,8})(?:-(\d{1,6}))?$/;
const MOBILE = /^(\+?86-?)?(1\d{2})(\d{4})(\d{4})$/;

/** A phone: mobile `139****5678`; landline keeps its area code and last 4 digits, `021-****1234`. */
export function maskPhone(value: string): string;
export function maskPhone(value: string | null): string | null;
export function maskPhone(value: string | null): string | null {
  if (value === null) return null;
  const mobile = MOBILE.exec(value);
  if (mobile) return `${mobile[1] ?? ''}${mobile[2]}****${mobile[4]}`;
  const landline = LANDLINE.exec(value);
  if (landline) {
    const [, area, separator, number, extension] = landline as unknown as [string, string, string, string, string | undefined];
    return `${area}${separator}${stars(number.length - 4)}${number.slice(-4)}${extension ? `-${stars(extension.length)}` : ''}`;
  }
  // Anything else: only the last 4 digits, and only when enough is hidden.
  return value.length >= 8 ? stars(value.length - 4) + value.slice(-4) : stars(value.length);
}
