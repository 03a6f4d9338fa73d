import { ANONYMOUS_ACTOR, type Actor } from '@app/platform';
import { buildAuditRow, type AuditedRequest } from './audit-row.js';

const officer: Actor = { userId: 'u-1', username: 'officer', roles: ['officer'], projects: ['GJ17'], projectIds: ['p-1'], sessionId: 's-1' };

const request = (overrides: Partial<AuditedRequest> = {}): AuditedRequest => ({
  action: 'household.update',
  method: 'PATCH',
  path: '/api/households/h-1',
  statusCode: 200,
  outcome: 'success',
  actor: officer,
  requestId: 'r-1',
  ip: '127.0.0.1',
  changes: [],
  ...overrides,
});

describe('buildAuditRow', () => {
  it('names the change of the action’s entity type and keeps every change', () => {
    const row = buildAuditRow(
      request({
        changes: [
          { entityType: 'case', entityId: 'c-1', projectId: 'p-1', before: { status: 'confirmed' }, after: { status: 'surveyed' } },
          { entityType: 'household', entityId: 'h-1', projectId: 'p-1', before: { phone: '13812345678' }, after: { phone: '13912345678' } },
        ],
      }),
    );
    expect(row).toMatchObject({ userId: 'u-1', username: 'officer', roles: ['officer'], entityType: 'household', entityId: 'h-1', projectId: 'p-1' });
    expect(row.changes).toEqual([
      { entityType: 'case', entityId: 'c-1', projectId: 'p-1', before: { status: 'confirmed' }, after: { status: 'surveyed' } },
      { entityType: 'household', entityId: 'h-1', projectId: 'p-1', before: { phone: '138****5678' }, after: { phone: '139****5678' } },
    ]);
  });

  it('records a login under the username that was tried', () => {
    const row = buildAuditRow(
      request({ action: 'auth.login', actor: { ...ANONYMOUS_ACTOR }, changes: [{ entityType: 'user', entityId: 'zhangsan', after: { username: 'zhangsan' } }] }),
    );
    expect(row).toMatchObject({ userId: null, username: 'zhangsan', roles: [], entityType: 'user', entityId: 'zhangsan' });
  });

  it('keeps no changes for a failure, but still names the object', () => {
    const row = buildAuditRow(
      request({
        outcome: 'failure',
        statusCode: 409,
        detail: '身份证号 310118195001011234 已登记',
        changes: [{ entityType: 'household', entityId: 'h-1', after: { code: 'H-1' } }],
      }),
    );
    expect(row).toMatchObject({ outcome: 'failure', statusCode: 409, entityType: 'household', entityId: 'h-1', changes: [], detail: '身份证号 310118********1234 已登记' });
  });

  it('falls back to the id the route names when nothing was noted', () => {
    expect(buildAuditRow(request({ fallbackEntityId: 'h-9' }))).toMatchObject({ entityType: 'household', entityId: 'h-9', projectId: null });
    expect(buildAuditRow(request())).toMatchObject({ entityType: null, entityId: null });
  });
});
