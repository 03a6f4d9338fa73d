import { countByKind, inboxOverdue, orderInbox, type InboxEntry } from './inbox.js';

const entry = (refId: string, since: string, dueOn: string | null, kind = 'action_item'): InboxEntry => ({
  kind,
  kindLabel: kind === 'action_item' ? '落实事项' : '待确认批次',
  refId,
  projectId: 'p',
  title: refId,
  detail: '',
  since,
  dueOn,
  link: '/',
});

describe('company inbox', () => {
  const today = '2013-06-15';

  it('is overdue only when its due day has passed', () => {
    expect(inboxOverdue(entry('a', '2013-06-01', '2013-06-14'), today)).toBe(true);
    expect(inboxOverdue(entry('a', '2013-06-01', '2013-06-15'), today)).toBe(false);
    expect(inboxOverdue(entry('a', '2013-06-01', null), today)).toBe(false);
  });

  it('puts the overdue first, the longest overdue first, then the longest waiting', () => {
    const ordered = orderInbox(
      [entry('waits-new', '2013-06-10', null), entry('late', '2013-06-12', '2013-06-13'), entry('waits-old', '2013-06-01', '2099-01-01'), entry('later', '2013-06-01', '2013-06-05')],
      today,
    );
    expect(ordered.map((e) => e.refId)).toEqual(['later', 'late', 'waits-old', 'waits-new']);
  });

  it('breaks ties by kind and id, whatever the input order', () => {
    const a = entry('b', '2013-06-01', null, 'confirmation_batch');
    const b = entry('a', '2013-06-01', null, 'confirmation_batch');
    const c = entry('a', '2013-06-01', null, 'action_item');
    expect(orderInbox([a, b, c], today)).toEqual(orderInbox([c, a, b], today));
    expect(orderInbox([a, b, c], today).map((e) => `${e.kind}:${e.refId}`)).toEqual(['action_item:a', 'confirmation_batch:a', 'confirmation_batch:b']);
  });

  it('counts by kind', () => {
    expect(countByKind([entry('a', today, null), entry('b', today, null, 'confirmation_batch'), entry('c', today, null)])).toEqual([
      { kind: 'action_item', kindLabel: '落实事项', count: 2 },
      { kind: 'confirmation_batch', kindLabel: '待确认批次', count: 1 },
    ]);
  });
});
