import { NotFoundException } from '@nestjs/common';
import { currentActor, type Actor } from '../http/request-context.js';
import type { Role } from './roles.js';

/** Roles that read every project; `officer` and `company` see only their assigned projects. */
const SEE_ALL: readonly Role[] = ['admin', 'leader', 'finance'];

function has(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((r) => (roles as readonly string[]).includes(r));
}

/** Project ids the actor may see, or `null` for all projects. */
export function visibleProjectIds(actor: Actor = currentActor()): string[] | null {
  return has(actor, SEE_ALL) ? null : actor.projectIds;
}

/** Whether the actor may see objects of `projectId`. */
export function canSeeProject(projectId: string, actor: Actor = currentActor()): boolean {
  const ids = visibleProjectIds(actor);
  return ids === null || ids.includes(projectId);
}

/**
 * Whether the actor may change objects of `projectId` in a role of `roles`: admin anywhere,
 * officer/company only in their assigned projects, leader never.
 */
export function canWriteProject(projectId: string, roles: readonly Role[], actor: Actor = currentActor()): boolean {
  if (actor.roles.includes('admin')) return true;
  const writing = actor.roles.filter((r) => r !== 'leader' && (roles as readonly string[]).includes(r));
  if (writing.length === 0) return false;
  if (writing.some((r) => SEE_ALL.includes(r as Role))) return true; // finance writes money everywhere
  return actor.projectIds.includes(projectId);
}

/** Throws the 404 an out-of-scope object answers with (it must look as if it did not exist). */
export function assertVisible(projectId: string, notFoundMessage: string, actor: Actor = currentActor()): void {
  if (!canSeeProject(projectId, actor)) throw new NotFoundException(notFoundMessage);
}
