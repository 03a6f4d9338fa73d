import type { User } from './user.entity.js';

/** A user with the codes of its assigned projects and the lock state of its login name. */
export interface UserRecord {
  user: User;
  /** Codes of the assigned projects, sorted. */
  projects: string[];
  lockedUntil: Date | null;
}

/** A user as the admin API shows it: never the password hash. */
export function userView({ user, projects, lockedUntil }: UserRecord, now: Date = new Date()) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    projects,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
    locked: lockedUntil !== null && lockedUntil > now,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

export type UserView = ReturnType<typeof userView>;
