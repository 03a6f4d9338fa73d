import { randomBytes } from 'node:crypto';
import { installDataKey } from './data-key.js';
import { decryptField, encryptedColumn, encryptField, FieldDecryptionError, searchHash } from './field-crypto.js';

const KEY = Buffer.alloc(32, 7);

describe('field encryption', () => {
  beforeEach(() => installDataKey(KEY));

  it('round-trips and never shows the plaintext', () => {
    const stored = encryptField('310229197001011234');
    expect(stored).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(stored).not.toContain('310229');
    expect(Buffer.from(stored.slice(3), 'base64')).toHaveLength(12 + 16 + 18);
    expect(decryptField(stored)).toBe('310229197001011234');
    expect(decryptField(encryptField('张三 021-59761234'))).toBe('张三 021-59761234');
  });

  it('uses a fresh IV each time', () => {
    expect(encryptField('13912345678')).not.toBe(encryptField('13912345678'));
  });

  it('refuses a tampered value, a foreign format, or another key', () => {
    const stored = encryptField('13912345678');
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => decryptField(`v1:${raw.toString('base64')}`)).toThrow(FieldDecryptionError);
    expect(() => decryptField('13912345678')).toThrow(FieldDecryptionError);
    expect(() => decryptField('v1:AAAA')).toThrow(FieldDecryptionError);
    installDataKey(randomBytes(32));
    expect(() => decryptField(stored)).toThrow('DATA_KEY');
    try {
      decryptField(stored);
    } catch (error) {
      expect(String(error)).not.toContain('13912345678');
    }
  });

  it('hashes for search: deterministic, keyed, 64 hex digits, not the encryption key', () => {
    const hash = searchHash('310229197001011234');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(searchHash('310229197001011234')).toBe(hash);
    expect(searchHash('310229197001011235')).not.toBe(hash);
    installDataKey(Buffer.alloc(32, 8));
    expect(searchHash('310229197001011234')).not.toBe(hash);
  });

  it('is a TypeORM transformer that leaves null and undefined alone', () => {
    expect(encryptedColumn.to(null)).toBeNull();
    expect(encryptedColumn.to(undefined)).toBeUndefined();
    expect(encryptedColumn.from(null)).toBeNull();
    expect(encryptedColumn.from(encryptedColumn.to('13912345678'))).toBe('13912345678');
  });
});
