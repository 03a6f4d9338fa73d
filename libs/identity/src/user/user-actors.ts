import { Injectable, Module } from '@nestjs/common';
import type { Actor } from '@app/platform';
import type { User } from './user.entity.js';
import { UserRepository } from './user.repository.js';

/** A user as the actor of a request or a job: roles and assigned projects as they are now (codes sorted). */
export function actorOfUser(user: User): Actor {
  const projects = [...(user.projects ?? [])].sort((a, b) => a.code.localeCompare(b.code));
  return { userId: user.id, username: user.username, roles: user.roles, projects: projects.map((p) => p.code), projectIds: projects.map((p) => p.id) };
}

/** The one "actor for a user id": background jobs act as the user who asked for them. */
@Injectable()
export class UserActors {
  constructor(private readonly users: UserRepository) {}

  /** The user as an actor with their current roles and projects; null when gone or disabled. */
  async actorOf(userId: string): Promise<Actor | null> {
    const user = await this.users.findById(userId);
    return user && !user.disabled ? actorOfUser(user) : null;
  }
}

/** `UserActors` alone, for libraries whose jobs act as a user (the worker has no identity routes). */
@Module({ providers: [UserRepository, UserActors], exports: [UserActors] })
export class UserActorsModule {}
