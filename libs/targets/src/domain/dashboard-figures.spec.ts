import { countCases, householdFunnel, householdRates, rate, subjectsByKind, type CaseCount } from './dashboard-figures.js';

const counts: CaseCount[] = [
  { subjectType: 'household', status: 'surveying', resettlementStatus: 'none', cases: 5 },
  { subjectType: 'household', status: 'signed', resettlementStatus: 'none', cases: 3 },
  { subjectType: 'household', status: 'vacated', resettlementStatus: 'transitional', cases: 2 },
  { subjectType: 'household', status: 'handed_over', resettlementStatus: 'resettled', cases: 1 },
  { subjectType: 'enterprise', status: 'signed', resettlementStatus: 'none', cases: 4 },
];

describe('dashboard figures', () => {
  it('rates are shares rounded to 4 places, null with nothing to count', () => {
    expect(rate(1, 3)).toBe(0.3333);
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(0n, 7n)).toBe(0);
    expect(rate(5, 5)).toBe(1);
    expect(rate(3, 0)).toBeNull();
  });

  it('the funnel counts each household at every step it passed', () => {
    expect(householdFunnel(counts).map((s) => [s.status, s.label, s.count])).toEqual([
      ['surveyed', '已摸底', 6],
      ['confirmed', '已确认', 6],
      ['signed', '已签约', 6],
      ['vacated', '已腾地', 3],
      ['settled', '已结算', 1],
      ['handed_over', '已移交', 1],
    ]);
  });

  it('signing and vacating rates are of households only', () => {
    expect(householdRates(counts)).toEqual({ households: 11, signed: 6, vacated: 3, signingRate: 0.5455, vacatingRate: 0.2727 });
    expect(householdRates([])).toEqual({ households: 0, signed: 0, vacated: 0, signingRate: null, vacatingRate: null });
  });

  it('counts by kind, status and resettlement status', () => {
    expect(countCases(counts)).toBe(15);
    expect(countCases(counts, { resettlement: 'transitional' })).toBe(2);
    const kinds = subjectsByKind(counts);
    expect(kinds.map((k) => [k.kind, k.total])).toEqual([
      ['household', 11],
      ['enterprise', 4],
      ['facility', 0],
      ['legacy_base', 0],
    ]);
    expect(kinds[1].byStatus.find((s) => s.status === 'signed')?.count).toBe(4);
    expect(kinds[0].byStatus).toHaveLength(7);
  });
});
