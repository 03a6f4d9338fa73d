import { randomInt } from 'node:crypto';
import { checkPasswordPolicy } from './password-policy.js';

// No look-alikes (0/O, 1/l/I), so a password read out over the phone or copied from paper survives.
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '@#%+=?!';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

export const TEMPORARY_PASSWORD_LENGTH = 16;

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)]!;
}

/**
 * A random password for a new or reset account (about 95 bits from a CSPRNG), with every
 * character class present so it always passes the policy for `username`.
 */
export function generateTemporaryPassword(username: string): string {
  for (;;) {
    const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
    while (chars.length < TEMPORARY_PASSWORD_LENGTH) chars.push(pick(ALL));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (checkPasswordPolicy(password, username).length === 0) return password;
  }
}
