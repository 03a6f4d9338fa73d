import type { TransitionalFeeRule } from '@app/compensation';
import { accrueMonth, accrueThrough, addMonths, monthsBetween, overdueStep, transitionDeadline, type AccrualHousehold } from './transitional-fee.js';

const rule: TransitionalFeeRule = { basis: 'per_person', monthlyAmount: '800.00', overdue: { everyMonths: 6, percent: '50', capPercent: '100' }, afterDeliveryMonths: 3 };
const household = (over: Partial<AccrualHousehold> = {}): AccrualHousehold => ({ vacatedOn: '2024-03-15', transitionMonths: 24, persons: 3, deliveredOn: null, ...over });

describe('addMonths', () => {
  it('clamps the day to the month end like PostgreSQL', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-15', 24)).toBe('2026-03-15');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-12-01', 1)).toBe('2025-01-01');
  });
});

describe('accrueMonth', () => {
  it('charges the vacating month pro rata from the vacating day (inclusive)', () => {
    // March 2024: 15th–31st = 17 of 31 days; 800 × 3 × 17 / 31 = 1316.129… → 1316.13
    const march = accrueMonth(rule, household(), '2024-03-01')!;
    expect(march).toMatchObject({ days: 17, daysInMonth: 31, stepPercent: '0.00', amountFen: 131613n });
    expect(accrueMonth(rule, household(), '2024-04-01')).toMatchObject({ days: 30, daysInMonth: 30, amountFen: 240000n });
  });

  it('accrues nothing before the vacating month', () => {
    expect(accrueMonth(rule, household(), '2024-02-01')).toBeNull();
  });

  it('charges per household regardless of persons', () => {
    expect(accrueMonth({ ...rule, basis: 'per_household', monthlyAmount: '1500.00' }, household({ persons: 5 }), '2024-04-01')!.amountFen).toBe(150000n);
  });

  it('rises from the first whole month after the deadline, per started half-year, capped', () => {
    const h = household();
    expect(transitionDeadline(h)).toBe('2026-03-15');
    // the month straddling the deadline takes the step of its first day: none
    expect(accrueMonth(rule, h, '2026-03-01')!.stepPercent).toBe('0.00');
    expect(accrueMonth(rule, h, '2026-04-01')).toMatchObject({ stepPercent: '50.00', amountFen: 360000n });
    expect(accrueMonth(rule, h, '2026-09-01')!.stepPercent).toBe('50.00');
    expect(accrueMonth(rule, h, '2026-10-01')).toMatchObject({ stepPercent: '100.00', amountFen: 480000n });
    expect(accrueMonth(rule, h, '2028-10-01')!.stepPercent).toBe('100.00');
  });

  it('never rises without overdue steps or without a transition period', () => {
    expect(accrueMonth({ ...rule, overdue: null }, household(), '2027-04-01')!.stepPercent).toBe('0.00');
    expect(accrueMonth(rule, household({ transitionMonths: null }), '2027-04-01')!.stepPercent).toBe('0.00');
  });

  it('rises on the vacating month itself when the transition period is zero', () => {
    expect(accrueMonth(rule, household({ transitionMonths: 0 }), '2024-03-01')!.stepPercent).toBe('50.00');
  });

  it('stops pro rata at delivery + the months after delivery (exclusive)', () => {
    const h = household({ deliveredOn: '2025-06-10' });
    // end 2025-09-10: September pays 9 of 30 days
    expect(accrueMonth(rule, h, '2025-08-01')!.days).toBe(31);
    expect(accrueMonth(rule, h, '2025-09-01')).toMatchObject({ days: 9, daysInMonth: 30, amountFen: 72000n });
    expect(accrueMonth(rule, h, '2025-10-01')).toBeNull();
    expect(accrueMonth({ ...rule, afterDeliveryMonths: 0 }, h, '2025-06-01')!.days).toBe(9);
  });

  it('rounds half-up at the fen once', () => {
    const r: TransitionalFeeRule = { ...rule, basis: 'per_household', monthlyAmount: '0.15', overdue: null };
    // 3 days of 30 at 0.15 元: exactly 0.015 元, a tie → 0.02
    expect(accrueMonth(r, household({ vacatedOn: '2024-04-28' }), '2024-04-01')!.amountFen).toBe(2n);
  });

  it('leap February has 29 days', () => {
    expect(accrueMonth(rule, household({ vacatedOn: '2024-01-10' }), '2024-02-01')).toMatchObject({ days: 29, daysInMonth: 29 });
  });
});

describe('accrueThrough', () => {
  it('lists every month from the vacating month through the month asked', () => {
    const months = accrueThrough(rule, household(), '2024-12-01');
    expect(months.map((m) => m.month)).toEqual(['2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01', '2024-07-01', '2024-08-01', '2024-09-01', '2024-10-01', '2024-11-01', '2024-12-01']);
    expect(months.reduce((sum, m) => sum + m.amountFen, 0n)).toBe(131613n + 9n * 240000n);
  });

  it('ends with the end date', () => {
    expect(accrueThrough(rule, household({ deliveredOn: '2024-05-01' }), '2025-12-01').at(-1)).toMatchObject({ month: '2024-07-01', days: 31 });
  });
});

describe('overdueStep and monthsBetween', () => {
  it('counts whole months by the day of the month', () => {
    expect(overdueStep(rule, '2026-01-31', '2026-02-28').toFixed(0)).toBe('50');
    expect(overdueStep(rule, '2026-01-31', '2026-07-31').toFixed(0)).toBe('100');
    expect(overdueStep(rule, '2026-01-31', '2026-07-30').toFixed(0)).toBe('50');
    expect(monthsBetween('2024-03-15', '2024-05-14')).toBe(1);
    expect(monthsBetween('2024-03-15', '2024-05-15')).toBe(2);
    expect(monthsBetween('2024-03-15', '2024-01-01')).toBe(0);
  });
});
