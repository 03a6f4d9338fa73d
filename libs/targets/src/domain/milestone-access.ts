import type { Role } from '@app/platform';

/** The caller as the access rule needs it. */
export interface MilestoneReader {
  roles: readonly Role[];
  projectIds: readonly string[];
}

/** Roles that keep time nodes: admins and leaders everywhere, officers in their projects and on the (town's) bases. */
export const MILESTONE_WRITERS: readonly Role[] = ['admin', 'leader', 'officer'];

/**
 * What the caller may do with a node of `projectId` or of a base (projectId null):
 * admin, leader: write any; finance: read any; officer: write their projects' nodes and every base's;
 * company: read their projects' nodes (bases are the town's, not the company's).
 */
export function milestoneAccess(reader: MilestoneReader, node: { projectId: string | null }): 'write' | 'read' | 'none' {
  const has = (role: Role) => reader.roles.includes(role);
  if (has('admin') || has('leader')) return 'write';
  const inProject = node.projectId !== null && reader.projectIds.includes(node.projectId);
  if (has('officer') && (node.projectId === null || inProject)) return 'write';
  if (has('finance')) return 'read';
  if (has('company') && inProject) return 'read';
  return 'none';
}

/** The list scope of the same rule: every node, or those of these projects, and base nodes or not. */
export function milestoneListScope(reader: MilestoneReader): { projectIds: readonly string[] | null; bases: boolean } {
  if (['admin', 'leader', 'finance'].some((r) => reader.roles.includes(r as Role))) return { projectIds: null, bases: true };
  return { projectIds: reader.projectIds, bases: reader.roles.includes('officer') };
}
