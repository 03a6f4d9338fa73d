import dayjs from 'dayjs';
import { BUSINESS_ZONE, isCalendarDate, shanghaiInstantsIn, todayInShanghai, toShanghaiIso, yearInShanghai } from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(isCalendarDate('2013-01-22')).toBe(true);
    expect(isCalendarDate('2012-02-29')).toBe(true);
    expect(isCalendarDate('2013-02-29')).toBe(false);
    expect(isCalendarDate('2013-1-22')).toBe(false);
    expect(isCalendarDate('2013-13-01')).toBe(false);
    expect(isCalendarDate(20130122)).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2013-04-31')).toBe(false);
    expect(isCalendarDate('2013-12-31')).toBe(true);
    expect(isCalendarDate('2013-00-10')).toBe(false);
    expect(isCalendarDate('2013-01-00')).toBe(false);
  });

  it('uses the Shanghai calendar day, not UTC', () => {
    const lateUtc = new Date('2013-12-31T17:30:00Z'); // already 2014-01-01 01:30 in Shanghai
    expect(todayInShanghai(lateUtc)).toBe('2014-01-01');
    expect(yearInShanghai(lateUtc)).toBe(2014);
    expect(toShanghaiIso(lateUtc)).toBe('2014-01-01T01:30:00.000+08:00');
  });

  it('writes instants with milliseconds and +08:00, and null as null', () => {
    expect(toShanghaiIso(new Date('2013-03-01T01:30:00.123Z'))).toBe('2013-03-01T09:30:00.123+08:00');
    expect(toShanghaiIso(null)).toBeNull();
    // The same as the time-zone database on every instant, across years and the fixed-offset boundary (1991 DST).
    for (const iso of ['1991-07-01T00:00:00.000Z', '1991-09-14T16:00:00.000Z', '1991-09-15T00:00:00.000Z', '2000-02-29T23:59:59.999Z', '2013-12-31T15:59:59.999Z', '2038-01-19T03:14:08.000Z']) {
      expect(toShanghaiIso(new Date(iso))).toBe(dayjs(iso).tz(BUSINESS_ZONE).format('YYYY-MM-DDTHH:mm:ss.SSSZ'));
    }
    expect(toShanghaiIso(new Date('1991-07-01T00:00:00.000Z'))).toBe('1991-07-01T09:00:00.000+09:00');
  });

  it('rewrites the UTC instants inside stored JSON, and nothing else', () => {
    const stored = { updatedAt: '2013-03-01T01:30:00.000Z', surveyedOn: '2013-03-01', list: ['2013-03-01T16:00:00Z', 'x'], n: 1, none: null };
    expect(shanghaiInstantsIn(stored)).toEqual({
      updatedAt: '2013-03-01T09:30:00.000+08:00',
      surveyedOn: '2013-03-01',
      list: ['2013-03-02T00:00:00.000+08:00', 'x'],
      n: 1,
      none: null,
    });
  });
});
