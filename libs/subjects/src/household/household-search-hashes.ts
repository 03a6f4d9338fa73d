import { searchHash } from '@app/platform';

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
