import { maskIdNumber, maskPhone, searchHash } from '@app/platform';
import { looksLikeIdNumber, normalizeIdNumber } from '../domain/id-number.js';
import { checkPhone } from '../domain/phone.js';

/**
 * The keyed hashes stored beside the encrypted personal fields, so an exact 身份证号 or phone finds
 * its household through an index. Values are hashed in their stored (normalised) form.
 */

/** A phone is looked up by its digits: `021-59761234` and `02159761234` find each other. */
export function phoneSearchKey(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** Hash of a normalised 身份证号 (uppercase X), null for none. */
export function idNumberHash(idNumber: string | null): string | null {
  return idNumber === null ? null : searchHash(idNumber);
}

/** Hash of a normalised phone, null for none. */
export function phoneHash(phone: string | null): string | null {
  return phone === null ? null : searchHash(phoneSearchKey(phone));
}

/**
 * The hash columns for whichever personal fields `values` writes (`undefined` = not written),
 * to be written in the same statement. Every write of a household goes through this.
 */
export function householdSearchHashes(values: { headIdNumber?: string | null; phone?: string | null }): { headIdNumberHash?: string; phoneHash?: string | null } {
  const hashes: { headIdNumberHash?: string; phoneHash?: string | null } = {};
  if (typeof values.headIdNumber === 'string') hashes.headIdNumberHash = searchHash(values.headIdNumber);
  if (values.phone !== undefined) hashes.phoneHash = phoneHash(values.phone);
  return hashes;
}

/** A search term that is a full 身份证号 or phone number: which field it names, its keyed hash, its masked form. */
export interface PersonalNumberSearch {
  field: 'idNumber' | 'phone';
  hash: string;
  /** What may be shown or kept instead of the number (`310229********123X`, `139****5678`). */
  masked: string;
}

/**
 * Whether `q` is a full 身份证号 or phone number (digits, spaces, `+` and `-` only), which is looked up
 * through the hash columns and must never travel in a URL nor be kept in plain text. Null for other text.
 */
export function personalNumberSearch(q: string): PersonalNumberSearch | null {
  const text = q.trim();
  switch (personalNumberField(text)) {
    case 'idNumber': {
      const idNumber = normalizeIdNumber(text);
      return { field: 'idNumber', hash: searchHash(idNumber), masked: maskIdNumber(idNumber) };
    }
    case 'phone': {
      const phone = checkPhone(text);
      return phone.ok ? { field: 'phone', hash: phoneHash(phone.value)!, masked: maskPhone(phone.value) } : null;
    }
    default:
      return null;
  }
}

/** Which personal number `q` is in full, if any (no key needed: for validation). */
export function personalNumberField(q: string): PersonalNumberSearch['field'] | null {
  const text = q.trim();
  if (looksLikeIdNumber(text)) return 'idNumber';
  return checkPhone(text).ok && /^[\d+\s-]+$/.test(text) ? 'phone' : null;
}
