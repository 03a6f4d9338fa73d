import { milestoneAccess, milestoneListScope } from './milestone-access.js';

describe('milestone access', () => {
  const project = { projectId: 'p1' };
  const other = { projectId: 'p2' };
  const base = { projectId: null };

  it('gives leaders and admins every node to keep, finance every node to read', () => {
    for (const role of ['admin', 'leader'] as const) expect([project, other, base].map((n) => milestoneAccess({ roles: [role], projectIds: [] }, n))).toEqual(['write', 'write', 'write']);
    expect([project, base].map((n) => milestoneAccess({ roles: ['finance'], projectIds: [] }, n))).toEqual(['read', 'read']);
    expect(milestoneListScope({ roles: ['finance'], projectIds: [] })).toEqual({ projectIds: null, bases: true });
  });

  it('lets an officer keep their projects’ nodes and the bases’, a liaison read their projects’ only', () => {
    const officer = { roles: ['officer' as const], projectIds: ['p1'] };
    expect([project, other, base].map((n) => milestoneAccess(officer, n))).toEqual(['write', 'none', 'write']);
    const company = { roles: ['company' as const], projectIds: ['p1'] };
    expect([project, other, base].map((n) => milestoneAccess(company, n))).toEqual(['read', 'none', 'none']);
    expect(milestoneListScope(company)).toEqual({ projectIds: ['p1'], bases: false });
    expect(milestoneListScope(officer)).toEqual({ projectIds: ['p1'], bases: true });
  });
});
