import { parseCreateUserArgs, UserCommandError } from './create-user.command.js';

describe('user:create arguments', () => {
  it('reads repeated roles and projects', () => {
    expect(
      parseCreateUserArgs(['--username', 'root', '--role', 'admin', '--role', 'officer', '--project', 'GJ17', '--display-name', '管理员']),
    ).toEqual({
      username: 'root',
      roles: ['admin', 'officer'],
      projects: ['GJ17'],
      displayName: '管理员',
      password: undefined,
    });
  });

  it('asks for a username and a role in Chinese', () => {
    expect(() => parseCreateUserArgs(['--role', 'admin'])).toThrow(new RegExp('请用 --username 指定用户名'));
    expect(() => parseCreateUserArgs(['--username', 'root'])).toThrow(/请用 --role 指定至少一个角色/);
    expect(() => parseCreateUserArgs(['--username', 'root', '--role', 'admin', '--admin'])).toThrow(UserCommandError);
  });
});
