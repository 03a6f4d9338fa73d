import type { Actor } from '../http/request-context.js';
import { canUnmaskPersonalData } from './personal-data.js';

const actor = (roles: Actor['roles'], projectIds: string[] = []): Actor => ({ userId: 'u', username: 'u', roles, projects: [], projectIds });

describe('canUnmaskPersonalData (pii:read)', () => {
  it('allows admins anywhere and officers in their assigned projects', () => {
    expect(canUnmaskPersonalData('p1', actor(['admin']))).toBe(true);
    expect(canUnmaskPersonalData('p1', actor(['officer'], ['p1']))).toBe(true);
    expect(canUnmaskPersonalData('p2', actor(['officer'], ['p1']))).toBe(false);
  });

  it('never allows the company, leader or finance', () => {
    expect(canUnmaskPersonalData('p1', actor(['company'], ['p1']))).toBe(false);
    expect(canUnmaskPersonalData('p1', actor(['admin', 'company']))).toBe(false);
    expect(canUnmaskPersonalData('p1', actor(['leader']))).toBe(false);
    expect(canUnmaskPersonalData('p1', actor(['finance']))).toBe(false);
  });
});
