import { checkPasswordPolicy } from './password-policy.js';
import { generateTemporaryPassword, TEMPORARY_PASSWORD_LENGTH } from './temporary-password.js';

describe('temporary passwords', () => {
  it('always pass the policy, have the full length and every character class', () => {
    for (let i = 0; i < 500; i += 1) {
      const password = generateTemporaryPassword('officer');
      expect(password).toHaveLength(TEMPORARY_PASSWORD_LENGTH);
      expect(checkPasswordPolicy(password, 'officer')).toEqual([]);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/\d/);
      expect(password).toMatch(/[^A-Za-z0-9]/);
    }
  });

  it('avoids look-alike characters', () => {
    const sample = Array.from({ length: 200 }, () => generateTemporaryPassword('x')).join('');
    expect(sample).not.toMatch(/[0O1lI]/);
  });

  it('does not repeat', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => generateTemporaryPassword('x')));
    expect(seen.size).toBe(1000);
  });
});
