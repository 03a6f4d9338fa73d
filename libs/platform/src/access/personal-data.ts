import { currentActor, type Actor } from '../http/request-context.js';

/**
 * `pii:read` for a project: whether the actor may see full 身份证号 and phone numbers of its
 * subjects (through an explicit, audited unmask). Admins anywhere; officers in their assigned
 * projects; the company's liaison never, whatever other role the account holds.
 */
export function canUnmaskPersonalData(projectId: string, actor: Actor = currentActor()): boolean {
  if (actor.roles.includes('company')) return false;
  if (actor.roles.includes('admin')) return true;
  return actor.roles.includes('officer') && actor.projectIds.includes(projectId);
}
