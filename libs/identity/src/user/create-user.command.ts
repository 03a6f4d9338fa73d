import { parseArgs } from 'node:util';
import { HttpException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { isRole, ROLE_LABELS, TransactionalConnection, type AppConfig, type ProjectDirectory } from '@app/platform';
import { LoginThrottleRepository } from '../login/login-throttle.repository.js';
import { SessionRepository } from '../session/session.repository.js';
import { SessionService } from '../session/session.service.js';
import { AssignedProjects } from './assigned-projects.js';
import { UserRepository } from './user.repository.js';
import { UserService } from './user.service.js';

/** What `npm run user:create` was asked for. */
export interface CreateUserCommandOptions {
  username: string;
  roles: string[];
  displayName?: string;
  /** Project codes. */
  projects?: string[];
  password?: string;
}

export interface CreateUserCommandDeps {
  users: Pick<UserService, 'create'>;
  /** Asks for the password on a terminal (empty answer: generate one); absent when there is no terminal. */
  askPassword?: () => Promise<string>;
  /** Where the summary goes. */
  print: (line: string) => void;
}

/** A refusal with a Chinese message for the operator (bad arguments, duplicate, weak password). */
export class UserCommandError extends Error {}

const USAGE =
  '用法: npm run user:create -- --username 用户名 --role admin [--role officer] [--display-name 姓名] [--project GJ17] [--password 密码]';

/** Reads the command line (`--role` and `--project` may repeat). */
export function parseCreateUserArgs(argv: string[]): CreateUserCommandOptions {
  let values: Record<string, string | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        username: { type: 'string' },
        role: { type: 'string', multiple: true },
        'display-name': { type: 'string' },
        project: { type: 'string', multiple: true },
        password: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UserCommandError(`参数不正确：${(error as Error).message}\n${USAGE}`);
  }
  if (!values.username) throw new UserCommandError(`请用 --username 指定用户名\n${USAGE}`);
  const roles = (values.role as string[] | undefined) ?? [];
  if (roles.length === 0) throw new UserCommandError(`请用 --role 指定至少一个角色（admin、officer、finance、leader、company）\n${USAGE}`);
  return {
    username: values.username as string,
    roles,
    displayName: values['display-name'] as string | undefined,
    projects: (values.project as string[] | undefined) ?? [],
    password: values.password as string | undefined,
  };
}

/**
 * Creates an account from the command line — how production gets its first admin (there are no
 * default accounts). The password is the one given, the one typed at the prompt, or a generated one
 * printed once; the user must change it at first login. Refuses duplicates and weak passwords.
 */
export async function createUserCommand(
  options: CreateUserCommandOptions,
  deps: CreateUserCommandDeps,
): Promise<{ id: string; username: string; temporaryPassword?: string }> {
  const unknownRoles = options.roles.filter((r) => !isRole(r));
  if (unknownRoles.length)
    throw new UserCommandError(`未知角色 ${unknownRoles.join('、')}（可选 admin、officer、finance、leader、company）`);
  let password = options.password;
  if (password === undefined && deps.askPassword) password = (await deps.askPassword()) || undefined;
  let created: Awaited<ReturnType<UserService['create']>>;
  try {
    created = await deps.users.create({ ...options, password });
  } catch (error) {
    if (error instanceof HttpException) throw new UserCommandError(describe(error));
    throw error;
  }
  const { user, projects: codes, temporaryPassword } = created;
  deps.print(`已创建用户 ${user.username}（${user.displayName}）`);
  deps.print(`  角色：${user.roles.map((r) => `${ROLE_LABELS[r]}（${r}）`).join('、')}`);
  deps.print(`  负责项目：${codes.length ? codes.join('、') : '无'}`);
  if (temporaryPassword) deps.print(`  临时密码：${temporaryPassword}   （只显示这一次，请妥善转交）`);
  deps.print('  首次登录后须先修改密码。');
  return { id: user.id, username: user.username, temporaryPassword };
}

function describe(error: HttpException): string {
  const body = error.getResponse() as { message?: unknown; details?: Array<{ message: string }> } | string;
  if (typeof body === 'object' && Array.isArray(body.details) && body.details.length) return body.details.map((d) => d.message).join('；');
  return error.message;
}

/**
 * The user service wired by hand on a data source, for scripts that run without the Nest app;
 * `projects` is the land library's directory (`standaloneProjectDirectory`).
 */
export function standaloneUserService(dataSource: DataSource, config: AppConfig, projects: ProjectDirectory): UserService {
  const connection = new TransactionalConnection(dataSource);
  const assigned = new AssignedProjects(projects);
  const sessions = new SessionService(new SessionRepository(connection), config);
  return new UserService(new UserRepository(connection), new LoginThrottleRepository(connection), sessions, connection, assigned);
}
