import { runWithContext, type Actor, type TransactionalConnection } from '@app/platform';
import { CASE_TRANSITIONS, type CaseStatus, type TransitionRule } from '../domain/case-lifecycle.js';
import { CaseGuardRegistry } from './case-guard.registry.js';
import type { CaseFile } from './case.entity.js';
import type { CaseRepository, CaseSelection, StatusChange } from './case.repository.js';
import { CaseService } from './case.service.js';

const ADMIN: Actor = { userId: 'u1', username: 'wangjg', roles: ['admin'], projects: [], projectIds: [] };

/** A CaseService over an in-memory case, recording the status changes it asks the repository for. */
function serviceWith(status: CaseStatus, options: { table?: readonly TransitionRule[]; guards?: CaseGuardRegistry } = {}) {
  const caseFile = { id: 'c1', subjectType: 'household', subjectId: 's1', projectId: 'p1', parcelId: 'l1', status, version: 3 } as CaseFile;
  const changes: Array<{ selection: CaseSelection; change: StatusChange }> = [];
  const opened: Array<{ status: CaseStatus; count: number }> = [];
  const repository = {
    findById: async () => caseFile,
    findBySubject: async () => caseFile,
    changeStatus: async (selection: CaseSelection, change: StatusChange) => {
      changes.push({ selection, change });
      caseFile.status = change.to;
      return ['c1'];
    },
    followParcels: async () => undefined,
    open: async (_type: string, subjects: unknown[], openedIn: CaseStatus) => {
      opened.push({ status: openedIn, count: subjects.length });
      return subjects.map((_, i) => ({ id: `n${i}`, subjectId: `s${i}` }));
    },
  } as unknown as CaseRepository;
  const connection = { transaction: <T>(work: () => Promise<T>) => work() } as unknown as TransactionalConnection;
  const service = new CaseService(repository, options.guards ?? new CaseGuardRegistry(), connection, options.table ?? CASE_TRANSITIONS);
  const as = <T>(work: () => Promise<T>) => runWithContext({ actor: ADMIN, changes: [] }, work);
  return { service, changes, opened, as };
}

describe('CaseService: every status change goes through the lifecycle table', () => {
  it('takes a single step with its history entry, kind and actor from the table', async () => {
    const { service, changes, as } = serviceWith('surveyed');
    await as(() => service.transition('c1', { to: 'confirmed', record: 'confirmation' }));
    expect(changes).toEqual([
      { selection: { caseId: 'c1', version: 3 }, change: { from: 'surveyed', to: 'confirmed', kind: 'forward', reason: null, actor: 'wangjg' } },
    ]);
  });

  it('refuses a step the table does not have, writing nothing', async () => {
    const { service, changes, as } = serviceWith('surveying');
    await expect(as(() => service.transition('c1', { to: 'signed' }))).rejects.toMatchObject({ status: 409 });
    expect(changes).toEqual([]);
  });

  it('fails closed: a guard no library registered a check for refuses the step (422)', async () => {
    const { service, changes, as } = serviceWith('surveying');
    await expect(as(() => service.transition('c1', { to: 'surveyed' }))).rejects.toMatchObject({
      status: 422,
      message: '无法核验“摸底信息完整”，不能执行“完成摸底”',
    });
    expect(changes).toEqual([]);
  });

  it('asks the registered check of each guard on the step', async () => {
    const guards = new CaseGuardRegistry();
    const asked: string[] = [];
    guards.register('surveyComplete', async (c) => (asked.push(c.subjectId), '摸底信息不完整，缺少：户主姓名'));
    const { service, as } = serviceWith('surveying', { guards });
    await expect(as(() => service.transition('c1', { to: 'surveyed' }))).rejects.toMatchObject({ status: 422, message: '摸底信息不完整，缺少：户主姓名' });
    expect(asked).toEqual(['s1']);
  });

  it('answers 422 naming the record for a step only a record causes', async () => {
    const table = CASE_TRANSITIONS.map((r) => (r.from === 'confirmed' && r.to === 'signed' ? { ...r, causedBy: { record: 'agreement', label: '补偿协议' } } : r));
    const { service, changes, as } = serviceWith('confirmed', { table });
    await expect(as(() => service.transition('c1', { to: 'signed' }))).rejects.toMatchObject({
      status: 422,
      message: '“签订协议”须通过补偿协议办理，不能直接变更案件状态',
    });
    expect(changes).toEqual([]);
  });

  it('voids a confirmation as the system 撤销确认 step of the table', async () => {
    const { service, changes, as } = serviceWith('confirmed');
    await as(() => service.surveyFactsChanged('household', 's1'));
    expect(changes).toEqual([
      {
        selection: { caseId: 'c1', version: 3 },
        change: { from: 'confirmed', to: 'surveyed', kind: 'system', reason: '摸底信息变更，原确认失效', actor: 'wangjg' },
      },
    ]);
  });

  it('voids confirmations in bulk through the same step, for the subjects given', async () => {
    const { service, changes, as } = serviceWith('confirmed');
    await as(() => service.surveyFactsChangedMany('household', [{ subjectId: 's1', parcelId: 'l1' }, { subjectId: 's2', parcelId: 'l2' }]));
    expect(changes).toEqual([
      {
        selection: { subjectType: 'household', subjectIds: ['s1', 's2'] },
        change: { from: 'confirmed', to: 'surveyed', kind: 'system', reason: '摸底信息变更，原确认失效', actor: 'wangjg' },
      },
    ]);
  });

  it('opens cases in bulk in the first status; further along only with every guard on the way holding', async () => {
    const { service, opened, as } = serviceWith('surveying');
    const subjects = [{ subjectId: 's1', projectId: 'p1', parcelId: 'l1' }];
    await as(() => service.openMany('household', subjects));
    expect(opened).toEqual([{ status: 'surveying', count: 1 }]);
    await expect(as(() => service.openMany('household', subjects, 'surveyed'))).rejects.toMatchObject({ status: 422 });
    expect(opened).toHaveLength(1);
  });
});
