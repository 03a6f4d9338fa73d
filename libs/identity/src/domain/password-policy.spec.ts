import { COMMON_PASSWORD_LIST, COMMON_PASSWORDS } from './common-passwords.js';
import { checkPasswordPolicy } from './password-policy.js';

describe('password policy', () => {
  it('accepts a long password with three classes', () => {
    expect(checkPasswordPolicy('Demo@2013', 'officer')).toEqual([]);
    expect(checkPasswordPolicy('xujing动迁2013', 'wang')).toEqual([]);
  });

  it('refuses short passwords', () => {
    expect(checkPasswordPolicy('Ab1!', 'x')).toContain('密码至少 8 个字符');
  });

  it('needs three of four character classes', () => {
    expect(checkPasswordPolicy('abcdefgh12', 'x')).toContain('密码须包含大写字母、小写字母、数字、特殊字符中的至少三类');
    expect(checkPasswordPolicy('Abcdefgh12', 'x')).toEqual([]);
  });

  it('refuses common passwords case-insensitively', () => {
    expect(checkPasswordPolicy('P@ssw0rd', 'x')).toContain('密码过于常见，请换一个');
  });

  it('refuses passwords containing the username', () => {
    expect(checkPasswordPolicy('Zhangsan@2013', 'zhangsan')).toContain('密码不能包含用户名');
    expect(checkPasswordPolicy('Zhangsan@2013', 'li')).toEqual([]);
  });

  it('refuses the Chinese-context favourites that pass the composition rule', () => {
    for (const password of [
      'Aa123456',
      'Qq123456',
      'Abc@123456',
      'Admin@123',
      'Huawei@123',
      '1qaz@WSX',
      'Woaini@1314',
      'Shanghai@123',
      'Zz123456',
    ]) {
      expect({ password, problems: checkPasswordPolicy(password, 'x') }).toEqual({ password, problems: ['密码过于常见，请换一个'] });
    }
  });

  it('says every problem at once', () => {
    expect(checkPasswordPolicy('admin123', 'admin')).toEqual([
      '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类',
      '密码过于常见，请换一个',
      '密码不能包含用户名',
    ]);
  });

  it('refuses passwords over 128 characters', () => {
    expect(checkPasswordPolicy(`Aa1!${'x'.repeat(125)}`, 'x')).toContain('密码最多 128 个字符');
  });
});

describe('common password list', () => {
  it('holds a few hundred distinct lowercase entries of at least 8 characters', () => {
    expect(COMMON_PASSWORD_LIST.length).toBeGreaterThanOrEqual(300);
    expect(COMMON_PASSWORDS.size).toBe(COMMON_PASSWORD_LIST.length);
    expect(COMMON_PASSWORD_LIST.filter((p) => p !== p.toLowerCase() || p.length < 8)).toEqual([]);
  });

  it('contains the well-known breached and Chinese-context passwords', () => {
    for (const password of [
      'password',
      '12345678',
      'qwerty123',
      'iloveyou',
      'woaini1314',
      'aa123456',
      'qq123456',
      'abc@123456',
      '1qaz2wsx',
      'p@ssw0rd',
    ]) {
      expect(COMMON_PASSWORDS.has(password)).toBe(true);
    }
  });

  it('leaves the demo and test passwords usable', () => {
    expect(COMMON_PASSWORDS.has('demo@2013')).toBe(false);
    expect(checkPasswordPolicy('Demo@2013', 'admin')).toEqual([]);
  });
});
