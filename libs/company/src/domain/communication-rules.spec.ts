import { daysOverdue, dueDateProblem, isOverdue, ownershipProblem, sideOf, statusChange } from './communication-rules.js';

describe('communication rules', () => {
  it('knows which side a user acts for', () => {
    expect(sideOf(['company'])).toBe('company');
    expect(sideOf(['officer'])).toBe('town');
    expect(sideOf(['admin'])).toBe('town');
    expect(sideOf(['finance'])).toBeNull();
    expect(sideOf(['leader'])).toBeNull();
  });

  it('counts an open item overdue from the day after its due date, and a done one never', () => {
    expect(daysOverdue({ status: 'open', dueOn: '2013-06-30' }, '2013-06-30')).toBe(0);
    expect(daysOverdue({ status: 'open', dueOn: '2013-06-30' }, '2013-07-01')).toBe(1);
    expect(daysOverdue({ status: 'open', dueOn: '2013-02-28' }, '2013-03-31')).toBe(31);
    expect(daysOverdue({ status: 'done', dueOn: '2013-01-01' }, '2013-07-01')).toBe(0);
    expect(isOverdue({ status: 'open', dueOn: '2012-12-31' }, '2013-01-01')).toBe(true);
  });

  it('refuses a due date before the communication', () => {
    expect(dueDateProblem('2013-05-31', '2013-06-01')).toBe('完成期限 2013-05-31 不能早于沟通日期 2013-06-01');
    expect(dueDateProblem('2013-06-01', '2013-06-01')).toBeNull();
  });

  it('lets each side close only its own items (an admin either)', () => {
    expect(ownershipProblem('company', 'company', false)).toBeNull();
    expect(ownershipProblem('company', 'town', false)).toBe('该事项由西虹桥公司负责，只能由西虹桥公司更新');
    expect(ownershipProblem('town', 'company', false)).toBe('该事项由镇动迁办负责，只能由镇动迁办更新');
    expect(ownershipProblem('company', 'town', true)).toBeNull();
    expect(ownershipProblem('town', null, false)).toBe('只有镇动迁办或西虹桥公司的经办人员可以更新事项');
  });

  it('marks done on a day between the communication and today (today by default), and reopening clears it', () => {
    const context = { heldOn: '2013-06-01', today: '2013-06-20' };
    expect(statusChange({ status: 'done' }, context)).toEqual({ ok: true, status: 'done', doneOn: '2013-06-20' });
    expect(statusChange({ status: 'done', doneOn: '2013-06-05' }, context)).toEqual({ ok: true, status: 'done', doneOn: '2013-06-05' });
    expect(statusChange({ status: 'done', doneOn: '2013-06-21' }, context)).toEqual({ ok: false, message: '完成日期 2013-06-21 不能晚于今天（2013-06-20）' });
    expect(statusChange({ status: 'done', doneOn: '2013-05-31' }, context)).toEqual({ ok: false, message: '完成日期 2013-05-31 不能早于沟通日期 2013-06-01' });
    expect(statusChange({ status: 'open', doneOn: '2013-06-05' }, context)).toEqual({ ok: true, status: 'open', doneOn: null });
  });
});
