import { demoTransitionalPlan } from './demo-transitional.js';

describe('demoTransitionalPlan', () => {
  it('accrues through the month before today and pays a period before the demo’s last day', () => {
    expect(demoTransitionalPlan('2026-12-04', '2013-12-27')).toEqual({ accrueThrough: '2026-11-01', batch: { throughMonth: '2013-08-01', paidOn: '2013-09-10' } });
  });

  it('crosses a year end', () => {
    expect(demoTransitionalPlan('2027-01-02', '2014-02-03')).toEqual({ accrueThrough: '2026-12-01', batch: { throughMonth: '2013-10-01', paidOn: '2013-11-10' } });
  });

  it('never pays a period after the accrued one, nor on a day after the demo', () => {
    const plan = demoTransitionalPlan();
    expect(plan.batch.throughMonth < plan.accrueThrough).toBe(true);
    expect(plan.batch.paidOn <= '2013-12-27').toBe(true);
  });
});
