import { Injectable, Module } from '@nestjs/common';
import type { Actor, ProjectRef, Role } from '@app/platform';
import { AssignedProjects } from './assigned-projects.js';
import type { User } from './user.entity.js';
import { UserRepository } from './user.repository.js';

/** A user as the actor of a request or a job: roles and assigned projects (sorted by code) as they are now. */
export function actorOfUser(user: Pick<User, 'id' | 'username' | 'roles'>, projects: readonly ProjectRef[]): Actor {
  const sorted = [...projects].sort((a, b) => a.code.localeCompare(b.code));
  return { userId: user.id, username: user.username, roles: user.roles, projects: sorted.map((p) => p.code), projectIds: sorted.map((p) => p.id) };
}

/** The one "actor for a user id": background jobs act as the user who asked for them. */
@Injectable()
export class UserActors {
  constructor(
    private readonly users: UserRepository,
    private readonly projects: AssignedProjects,
  ) {}

  /** The user as an actor with their current roles and projects; null when gone or disabled. */
  async actorOf(userId: string): Promise<Actor | null> {
    const user = await this.users.findById(userId);
    return user && !user.disabled ? actorOfUser(user, await this.projects.of(user)) : null;
  }

  /** Ids of the enabled users holding `role` (e.g. every leader, to notify them). */
  activeIdsWithRole(role: Role): Promise<string[]> {
    return this.users.activeIdsWithRole(role);
  }

  /** The enabled user with this username's id, or null. */
  async idOfUsername(username: string): Promise<string | null> {
    const user = await this.users.findByUsername(username);
    return user && !user.disabled ? user.id : null;
  }
}

/** `UserActors` alone, for libraries whose jobs act as a user (the worker has no identity routes). */
@Module({ providers: [UserRepository, AssignedProjects, UserActors], exports: [UserActors] })
export class UserActorsModule {}
