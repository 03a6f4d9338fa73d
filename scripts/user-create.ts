/**
 * Creates a user from the command line — the way production gets its first admin (no default accounts).
 *   npm run user:create -- --username NAME --role admin [--role officer] [--display-name 名字] [--project GJ17] [--password …]
 * Without --password it asks on a terminal (empty answer: generate one) or, with no terminal,
 * generates a strong password and prints it once. The user must change it at first login.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { DataSource } from 'typeorm';
import { createUserCommand, parseCreateUserArgs, standaloneUserService, UserCommandError } from '@app/identity';
import { standaloneProjectDirectory } from '@app/land';
import { dataSourceOptions, initDataKey, installPgTypeParsers, loadConfig, resolveDatabase, runMigrations } from '@app/platform';
import { ENTITIES, MIGRATIONS } from '@app/schema';

const log = (m: string) => process.stderr.write(`${m}\n`);

async function askPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    const first = await rl.question('请输入密码（至少 8 位，含大写字母、小写字母、数字、特殊字符中的至少三类；直接回车则自动生成）：');
    if (!first) return '';
    const second = await rl.question('请再次输入密码：');
    if (first !== second) throw new UserCommandError('两次输入的密码不一致');
    return first;
  } finally {
    rl.close();
  }
}

async function main(): Promise<void> {
  const options = parseCreateUserArgs(process.argv.slice(2));
  const config = loadConfig();
  initDataKey(config); // the migrations' personal-data backfill encrypts with it
  const db = await resolveDatabase(config, log);
  try {
    installPgTypeParsers();
    await runMigrations(db.url, ENTITIES, MIGRATIONS);
    const dataSource = new DataSource(dataSourceOptions(db.url, ENTITIES, MIGRATIONS));
    await dataSource.initialize();
    try {
      await createUserCommand(options, {
        users: standaloneUserService(dataSource, config, standaloneProjectDirectory(dataSource)),
        askPassword: process.stdin.isTTY && process.stderr.isTTY ? askPassword : undefined,
        print: (line) => process.stdout.write(`${line}\n`),
      });
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  log(
    error instanceof UserCommandError
      ? `未创建用户：${error.message}`
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error),
  );
  process.exit(1);
});
