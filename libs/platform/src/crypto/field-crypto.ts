import { createCipheriv, createDecipheriv, createHmac, randomFillSync } from 'node:crypto';
import type { ValueTransformer } from 'typeorm';
import { fieldKeys } from './data-key.js';

const VERSION = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A stored value that does not decrypt: wrong DATA_KEY or damaged data. Never carries the value. */
export class FieldDecryptionError extends Error {
  constructor() {
    super('个人信息字段无法解密：DATA_KEY 与加密时的密钥不一致，或数据已损坏');
  }
}

/**
 * IVs come from the CSPRNG in blocks of 512: one `randomFillSync` per block instead of one call per
 * value, which cost ~8 µs each — more than the encryption itself when an import encrypts 200 000
 * fields. Every IV is still fresh random bytes, used once (IVs are public: they are stored in the value).
 */
const ivPool = Buffer.alloc(IV_BYTES * 512);
let ivOffset = ivPool.length;

function freshIv(): Buffer {
  if (ivOffset >= ivPool.length) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  const iv = Buffer.from(ivPool.subarray(ivOffset, ivOffset + IV_BYTES));
  ivOffset += IV_BYTES;
  return iv;
}

/** AES-256-GCM with a fresh 96-bit IV: `v1:` + base64(iv | tag | ciphertext). */
export function encryptField(plain: string): string {
  const iv = freshIv();
  const cipher = createCipheriv('aes-256-gcm', fieldKeys().encryption, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
}

/** The plaintext of an `encryptField` value; FieldDecryptionError when it was not encrypted with this key. */
export function decryptField(stored: string): string {
  if (!stored.startsWith(VERSION)) throw new FieldDecryptionError();
  const raw = Buffer.from(stored.slice(VERSION.length), 'base64');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new FieldDecryptionError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', fieldKeys().encryption, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    // Decoded as it is deciphered (the decipher's own UTF-8 decoder); `final` throws on a wrong tag.
    const plain = decipher.update(raw.subarray(IV_BYTES + TAG_BYTES), undefined, 'utf8');
    return plain + decipher.final('utf8');
  } catch {
    throw new FieldDecryptionError();
  }
}

/**
 * Keyed hash (HMAC-SHA256, hex) of an already normalised value: equal values give equal hashes,
 * so an exact search can use an index without the plaintext ever being stored.
 */
export function searchHash(normalisedValue: string): string {
  return createHmac('sha256', fieldKeys().search).update(normalisedValue, 'utf8').digest('hex');
}

/** What identifies the installed data key without revealing it: a keyed hash of a fixed text. */
export function dataKeyFingerprint(): string {
  return searchHash('xujing-relocation/data-key-check/v1');
}

/**
 * Column transformer: the entity property holds the plaintext, the column the ciphertext.
 * TypeORM applies it on save, on query-builder inserts and updates, and when it hydrates entities.
 * Never compare such a property in a `where`: each encryption differs; search its hash column.
 */
export const encryptedColumn: ValueTransformer = {
  to: (value: unknown) => (typeof value === 'string' ? encryptField(value) : value),
  from: (value: unknown) => (typeof value === 'string' ? decryptField(value) : value),
};
