import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiInstant, PageOf, ROLES, toShanghaiIso, type Role } from '@app/platform';
import type { User } from './user.entity.js';

/** A user with the codes of its assigned projects and the lock state of its login name. */
export interface UserRecord {
  user: User;
  /** Codes of the assigned projects, sorted. */
  projects: string[];
  lockedUntil: Date | null;
}

/** A user as the admin API shows it: never the password hash. */
export class UserView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  username!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles!: Role[];

  @ApiProperty({ type: [String], description: '负责的项目编号' })
  projects!: string[];

  @ApiProperty()
  disabled!: boolean;

  @ApiProperty()
  mustChangePassword!: boolean;

  @ApiProperty({ description: '登录失败次数过多，暂时锁定' })
  locked!: boolean;

  @ApiInstant({ nullable: true })
  lastLoginAt!: string | null;

  @ApiInstant()
  createdAt!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

/** A user just created or whose password was reset: with the temporary password, shown only this once. */
export class UserWithPasswordView extends UserView {
  @ApiPropertyOptional({ description: '临时密码（只显示这一次）' })
  temporaryPassword?: string;
}

export class UserPage extends PageOf(UserView) {}

/** A user as the admin API shows it: never the password hash. */
export function userView({ user, projects, lockedUntil }: UserRecord, now: Date = new Date()): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    projects,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
    locked: lockedUntil !== null && lockedUntil > now,
    lastLoginAt: toShanghaiIso(user.lastLoginAt),
    createdAt: toShanghaiIso(user.createdAt),
    version: user.version,
  };
}
