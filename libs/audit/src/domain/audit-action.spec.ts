import { actionEntityType, defaultAuditAction } from './audit-action.js';

describe('defaultAuditAction', () => {
  it('joins the controller and handler names in snake case', () => {
    expect(defaultAuditAction('ProjectController', 'create')).toBe('project.create');
    expect(defaultAuditAction('LegacyBaseController', 'createParcel')).toBe('legacy_base.create_parcel');
    expect(defaultAuditAction('AuthController', 'changePassword')).toBe('auth.change_password');
    expect(defaultAuditAction('PIIController', 'unmask')).toBe('pii.unmask');
  });
});

describe('actionEntityType', () => {
  it('is the part before the first dot', () => {
    expect(actionEntityType('household.update')).toBe('household');
    expect(actionEntityType('login')).toBe('login');
  });
});
