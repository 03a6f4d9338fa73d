import { createHash } from 'node:crypto';

/** Namespace of the demo data's name-based UUIDs (any fixed UUID). */
const NAMESPACE = Buffer.from('6f1c0e2a9b3d4c5e8f7a1b2c3d4e5f60', 'hex');

/**
 * A stable UUID (RFC 9562 version 5) for a demo row named e.g. `household:GJ17-0001`, so every
 * seeded database has the same ids and links between rows are known before anything is inserted.
 */
export function seedUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
