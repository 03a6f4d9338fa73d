import { todayInShanghai } from '@app/platform';
import { addDays, daysOverdue, milestoneDue } from './milestone-due.js';

describe('milestone urgency', () => {
  it('is overdue once the planned date has passed and the node is not done', () => {
    expect(milestoneDue({ plannedOn: '2013-06-09', status: 'in_progress' }, '2013-06-10')).toBe('overdue');
    expect(milestoneDue({ plannedOn: '2013-06-09', status: 'blocked' }, '2013-06-10')).toBe('overdue');
    expect(milestoneDue({ plannedOn: '2013-06-09', status: 'done' }, '2013-06-10')).toBeNull();
    expect(daysOverdue({ plannedOn: '2013-05-31', status: 'not_started' }, '2013-06-10')).toBe(10);
  });

  it('is soon from today up to 14 days ahead', () => {
    expect(milestoneDue({ plannedOn: '2013-06-10', status: 'not_started' }, '2013-06-10')).toBe('soon');
    expect(milestoneDue({ plannedOn: '2013-06-24', status: 'not_started' }, '2013-06-10')).toBe('soon');
    expect(milestoneDue({ plannedOn: '2013-06-25', status: 'not_started' }, '2013-06-10')).toBeNull();
    expect(milestoneDue({ plannedOn: '2013-06-20', status: 'done' }, '2013-06-10')).toBeNull();
  });

  it('crosses month and year ends by the calendar', () => {
    expect(addDays('2013-12-25', 14)).toBe('2014-01-08');
    expect(addDays('2012-02-20', 14)).toBe('2012-03-05');
    expect(milestoneDue({ plannedOn: '2014-01-08', status: 'in_progress' }, '2013-12-25')).toBe('soon');
  });

  it('takes “today” in Shanghai: 2013-06-09 16:30 UTC is already the 10th there', () => {
    const today = todayInShanghai(new Date('2013-06-09T16:30:00Z'));
    expect(today).toBe('2013-06-10');
    expect(milestoneDue({ plannedOn: '2013-06-09', status: 'in_progress' }, today)).toBe('overdue');
    expect(milestoneDue({ plannedOn: '2013-06-09', status: 'in_progress' }, todayInShanghai(new Date('2013-06-09T15:59:00Z')))).toBe('soon');
  });
});
