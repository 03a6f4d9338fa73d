import { shanghaiDayRange } from './day-range.js';

describe('shanghaiDayRange', () => {
  it('starts at midnight Shanghai time and ends at the next midnight', () => {
    const range = shanghaiDayRange('2013-01-22', '2013-01-31');
    expect(range.from?.toISOString()).toBe('2013-01-21T16:00:00.000Z');
    expect(range.until?.toISOString()).toBe('2013-01-31T16:00:00.000Z');
  });

  it('leaves out a bound that is not given', () => {
    expect(shanghaiDayRange(undefined, '2013-12-31')).toEqual({ from: undefined, until: new Date('2013-12-31T16:00:00.000Z') });
    expect(shanghaiDayRange()).toEqual({ from: undefined, until: undefined });
  });
});
