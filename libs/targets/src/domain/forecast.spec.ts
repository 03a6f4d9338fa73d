import { daysLeftInYear, FORECAST_WEIGHTS, forecastQuota, type ForecastPipeline } from './forecast.js';

const EMPTY: ForecastPipeline = { allocatedDue: 0, allocatedLater: 0, swapReadyBase: 0, swapLaterBase: 0, swapNoRound: 0, monetaryPartlyPaid: 0, monetaryUnpaid: 0 };

describe('daysLeftInYear', () => {
  it('counts the days after the present through 31 December', () => {
    expect(daysLeftInYear(2013, '2013-12-30')).toBe(1);
    expect(daysLeftInYear(2013, '2013-12-31')).toBe(0);
    expect(daysLeftInYear(2013, '2014-03-01')).toBe(0);
    expect(daysLeftInYear(2013, '2013-09-30')).toBe(92);
    expect(daysLeftInYear(2013, '2012-11-01')).toBe(365);
    expect(daysLeftInYear(2012, '2012-01-01')).toBe(365); // leap year: 366 days, the first already gone
  });
});

describe('forecastQuota', () => {
  // A crafted pipeline three months before the year's end: every weight applies in full.
  const pipeline: ForecastPipeline = { allocatedDue: 40, allocatedLater: 12, swapReadyBase: 30, swapLaterBase: 9, swapNoRound: 20, monetaryPartlyPaid: 10, monetaryUnpaid: 7 };

  it('adds each group at its documented weights to what is solved', () => {
    const f = forecastQuota(2013, '2013-09-30', 400, pipeline);
    expect(f.daysLeft).toBe(92);
    const line = (g: string) => f.basis.find((b) => b.group === g)!;
    expect(line('allocatedDue')).toMatchObject({ households: 40, low: 32, expected: 40, high: 40 });
    expect(line('allocatedLater')).toMatchObject({ households: 12, low: 0, expected: 0, high: 0 });
    expect(line('swapReadyBase')).toMatchObject({ households: 30, low: 0, expected: 15, high: 30 });
    expect(line('swapLaterBase')).toMatchObject({ households: 9, low: 0, expected: 0, high: 0 });
    expect(line('swapNoRound')).toMatchObject({ households: 20, low: 0, expected: 0, high: 5 });
    expect(line('monetaryPartlyPaid')).toMatchObject({ households: 10, low: 5, expected: 8, high: 10 });
    // 7 × 0.3 = 2.1 → 2 expected; 7 × 0.6 = 4.2 → 5 high (rounded up)
    expect(line('monetaryUnpaid')).toMatchObject({ households: 7, low: 0, expected: 2, high: 5 });
    expect(f.low).toBe(400 + 32 + 5);
    expect(f.expected).toBe(400 + 40 + 15 + 8 + 2);
    expect(f.high).toBe(400 + 40 + 30 + 5 + 10 + 5);
  });

  it('lists every group in Chinese, in the documented order, even when empty', () => {
    const f = forecastQuota(2013, '2013-06-30', 0, EMPTY);
    expect(f.basis.map((b) => b.group)).toEqual(Object.keys(FORECAST_WEIGHTS));
    expect(f.basis.every((b) => /[\u4e00-\u9fa5]/.test(b.label))).toBe(true);
    expect(f).toMatchObject({ low: 0, expected: 0, high: 0 });
  });

  it('scales the groups without a date by the share of a quarter left; dated deliveries keep their weight', () => {
    // 18 days left: 18 / 90 = 0.2 of the timed weights.
    const f = forecastQuota(2013, '2013-12-13', 100, pipeline);
    expect(f.daysLeft).toBe(18);
    const line = (g: string) => f.basis.find((b) => b.group === g)!;
    expect(line('allocatedDue')).toMatchObject({ low: 32, expected: 40, high: 40 });
    expect(line('swapReadyBase')).toMatchObject({ low: 0, expected: 3, high: 6 }); // 30 × 0.5 × 0.2 = 3; 30 × 0.2 = 6
    expect(line('monetaryPartlyPaid')).toMatchObject({ low: 1, expected: 2, high: 2 }); // 1.0, 1.6 → 2, 2.0
  });

  it('forecasts exactly the solved count once the year is over', () => {
    const f = forecastQuota(2013, '2013-12-31', 536, pipeline);
    expect(f).toMatchObject({ low: 536, expected: 536, high: 536, daysLeft: 0 });
  });

  it('keeps low ≤ expected ≤ high for any pipeline', () => {
    for (let i = 0; i < 200; i++) {
      const p = Object.fromEntries(Object.keys(EMPTY).map((k) => [k, (i * 37 + k.length * 11) % 53])) as unknown as ForecastPipeline;
      const f = forecastQuota(2013, `2013-${String(1 + (i % 12)).padStart(2, '0')}-15`, i, p);
      expect(f.low).toBeLessThanOrEqual(f.expected);
      expect(f.expected).toBeLessThanOrEqual(f.high);
      for (const b of f.basis) expect(b.low <= b.expected && b.expected <= b.high).toBe(true);
    }
  });
});
