import { auditSide } from './audit-side.js';

describe('auditSide', () => {
  it('names the company for a company user, whatever other roles it has', () => {
    expect(auditSide({ userId: 'u1', roles: ['company'] })).toBe('company');
    expect(auditSide({ userId: 'u1', roles: ['admin', 'company'] })).toBe('company');
  });

  it('names the town for the town roles', () => {
    for (const role of ['admin', 'officer', 'finance', 'leader']) expect(auditSide({ userId: 'u1', roles: [role] })).toBe('town');
  });

  it('names the system for a row without a user', () => {
    expect(auditSide({ userId: null, roles: [] })).toBe('system');
  });
});
