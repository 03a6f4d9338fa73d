import type { Actor } from '@app/platform';

/** Who sees the land registers: every record (admin, leader), their projects' (officer), nothing (anyone else). */
export type OwnershipReach = { kind: 'all' } | { kind: 'projects'; projectIds: string[] } | { kind: 'none' };

/** The reach of `actor` in the ownership register and its plans. The company and finance see none of it. */
export function ownershipReach(actor: Actor): OwnershipReach {
  if (actor.roles.includes('admin') || actor.roles.includes('leader')) return { kind: 'all' };
  if (actor.roles.includes('officer')) return { kind: 'projects', projectIds: actor.projectIds };
  return { kind: 'none' };
}

/** Who changes records: admin anywhere, officers in their projects (leaders only read). */
export function writesOwnership(actor: Actor): 'all' | 'projects' | 'none' {
  if (actor.roles.includes('admin')) return 'all';
  return actor.roles.includes('officer') ? 'projects' : 'none';
}
