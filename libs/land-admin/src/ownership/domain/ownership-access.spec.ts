import type { Actor } from '@app/platform';
import { ownershipReach, writesOwnership } from './ownership-access.js';

const actor = (roles: Actor['roles'], projectIds: string[] = []): Actor => ({
  userId: 'u',
  username: 'u',
  roles,
  projects: [],
  projectIds,
});

describe('ownership access', () => {
  it('admins and leaders see everything, officers their projects, the company and finance nothing', () => {
    expect(ownershipReach(actor(['admin']))).toEqual({ kind: 'all' });
    expect(ownershipReach(actor(['leader']))).toEqual({ kind: 'all' });
    expect(ownershipReach(actor(['officer'], ['p1']))).toEqual({ kind: 'projects', projectIds: ['p1'] });
    expect(ownershipReach(actor(['company'], ['p1']))).toEqual({ kind: 'none' });
    expect(ownershipReach(actor(['finance']))).toEqual({ kind: 'none' });
  });

  it('admins write everywhere, officers in their projects, leaders never', () => {
    expect(writesOwnership(actor(['admin']))).toBe('all');
    expect(writesOwnership(actor(['officer'], ['p1']))).toBe('projects');
    expect(writesOwnership(actor(['leader']))).toBe('none');
  });
});
