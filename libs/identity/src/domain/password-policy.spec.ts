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
});
