/**
 * Whether a search term may be a full 身份证号 or phone number. Such a term never goes into an
 * address (the browser's or the api's): lists keep it out of their query string and search with
 * POST /api/households/search. Deliberately broad (any run of 7+ digits with spaces, `+` or `-`):
 * a term sent by POST that is no personal number is searched all the same.
 */
export function isPersonalNumber(text: string | undefined): boolean {
  const compact = (text ?? '').replace(/[\s\u3000]+/g, '');
  if (/^\d{17}[\dXx]$/.test(compact)) return true;
  return /^[\d+-]+$/.test(compact) && compact.replace(/\D/g, '').length >= 7;
}
