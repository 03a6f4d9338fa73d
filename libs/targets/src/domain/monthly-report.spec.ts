import {
  daysBetween,
  linearForecast,
  milestoneForecast,
  monthOf,
  monthWindow,
  overdueOn,
  REPORT_MONTH,
  reportDay,
} from './monthly-report.js';

describe('monthWindow', () => {
  it('gives the first and last day, leap years and December included', () => {
    expect(monthWindow('2013-12')).toEqual({ from: '2013-12-01', to: '2013-12-31' });
    expect(monthWindow('2013-02')).toEqual({ from: '2013-02-01', to: '2013-02-28' });
    expect(monthWindow('2012-02')).toEqual({ from: '2012-02-01', to: '2012-02-29' });
    expect(monthWindow('2013-04')).toEqual({ from: '2013-04-01', to: '2013-04-30' });
  });

  it('accepts only YYYY-MM months', () => {
    expect(REPORT_MONTH.test('2013-12')).toBe(true);
    for (const bad of ['2013-13', '2013-00', '2013-1', '13-12', '2013-12-01', '']) expect(REPORT_MONTH.test(bad)).toBe(false);
  });
});

describe('reportDay', () => {
  it('stands on the month end once it has passed, on the present while the month runs', () => {
    expect(reportDay('2013-11', '2013-12-13')).toBe('2013-11-30');
    expect(reportDay('2013-12', '2013-12-13')).toBe('2013-12-13');
    expect(reportDay('2013-12', '2026-12-04')).toBe('2013-12-31');
    expect(reportDay('2014-03', '2013-12-13')).toBe('2014-03-01');
    expect(monthOf('2013-12-13')).toBe('2013-12');
  });
});

describe('linearForecast', () => {
  it('carries the run rate to the year end in whole units, never below what is done', () => {
    // 30 June 2013: 181 of 365 days gone; 100 done → 100 × 365 / 181 = 201.6 → 201
    expect(linearForecast(2013, '2013-06-30', '100', true)).toMatchObject({ value: '201', kind: 'linear' });
    expect(linearForecast(2013, '2013-06-30', '100', true).basis).toContain('181 / 365');
    expect(linearForecast(2013, '2013-06-30', '0', true).value).toBe('0');
  });

  it('keeps two decimals for areas', () => {
    // 1000.5 × 365 / 181 = 2017.5828… → 2017.58
    expect(linearForecast(2013, '2013-06-30', '1000.5', false).value).toBe('2017.58');
  });

  it('is the actual figure once the year is over, and none before it starts', () => {
    expect(linearForecast(2013, '2013-12-31', '412', true)).toMatchObject({ value: '412', kind: 'done' });
    expect(linearForecast(2013, '2012-12-31', '0', true)).toMatchObject({ value: null, kind: 'none' });
  });
});

describe('milestoneForecast and overdueOn', () => {
  const node = (plannedOn: string, status: 'not_started' | 'in_progress' | 'done', actualOn: string | null = null) => ({
    plannedOn,
    status,
    actualOn,
  });

  it('is done only when done by the report day', () => {
    expect(milestoneForecast(2013, '2013-12-31', node('2013-06-30', 'done', '2013-07-02'))).toMatchObject({ value: '1', kind: 'done' });
    // done later than the report day: on that day it was still late
    expect(milestoneForecast(2013, '2013-06-30', node('2013-06-01', 'done', '2013-07-02'))).toMatchObject({
      value: '0',
      kind: 'milestone',
    });
    expect(milestoneForecast(2013, '2013-06-30', node('2013-09-30', 'in_progress'))).toMatchObject({ value: '1', kind: 'milestone' });
    expect(milestoneForecast(2013, '2013-06-30', node('2014-03-31', 'not_started')).value).toBe('0');
    expect(milestoneForecast(2013, '2013-06-30', null)).toMatchObject({ value: null, kind: 'none' });
  });

  it('counts a node overdue on a day when planned before it and not done by then', () => {
    expect(overdueOn(node('2013-06-01', 'in_progress'), '2013-06-30')).toBe(true);
    expect(overdueOn(node('2013-06-30', 'in_progress'), '2013-06-30')).toBe(false);
    expect(overdueOn(node('2013-06-01', 'done', '2013-07-02'), '2013-06-30')).toBe(true);
    expect(overdueOn(node('2013-06-01', 'done', '2013-06-20'), '2013-06-30')).toBe(false);
    expect(daysBetween('2013-06-01', '2013-06-30')).toBe(29);
  });
});
