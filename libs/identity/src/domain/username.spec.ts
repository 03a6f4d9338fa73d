import { checkUsername, normalizeUsername, USERNAME_RULE } from './username.js';

describe('usernames', () => {
  it('are stored trimmed and lowercase', () => {
    expect(normalizeUsername('  Wang.JG ')).toBe('wang.jg');
  });

  it('take 3 to 30 lowercase letters, digits, dots, underscores and hyphens', () => {
    for (const ok of ['abc', 'wang.jg', 'li_xy-2', 'a'.repeat(30)]) expect(checkUsername(ok)).toBeNull();
    for (const bad of ['ab', 'a'.repeat(31), 'Wang', 'wang jg', '王建国', 'a@b', '']) expect(checkUsername(bad)).toBe(USERNAME_RULE);
  });
});
