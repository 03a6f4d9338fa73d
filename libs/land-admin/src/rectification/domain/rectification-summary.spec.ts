import { rectificationSummary, type SummaryFact } from './rectification-summary.js';

const v = (
  discoveredOn: string,
  closedOn: string | null,
  village = '二联村',
  kind: SummaryFact['kind'] = 'illegal_building',
): SummaryFact => ({ village, kind, discoveredOn, closedOn });

describe('rectificationSummary', () => {
  const facts = [
    v('2012-05-01', null), // stock, still open
    v('2012-06-01', '2013-03-10'), // stock, eliminated in March
    v('2012-07-01', '2012-12-31'), // closed before the year: not in it
    v('2012-12-31', '2013-01-01', '金联村', 'illegal_land'), // stock, eliminated on the first day
    v('2013-01-01', null, '金联村', 'waste_dumping'), // new, open
    v('2013-02-15', '2013-02-20'), // new, eliminated in February
    v('2014-01-02', null), // next year: not in it
  ];
  const s = rectificationSummary(2013, facts);

  it('counts stock at the start, eliminated, new and open, which add up', () => {
    expect({
      stockAtStart: s.stockAtStart,
      newFound: s.newFound,
      eliminated: s.eliminated,
      stockEliminated: s.stockEliminated,
      open: s.open,
    }).toEqual({
      stockAtStart: 3,
      newFound: 2,
      eliminated: 3,
      stockEliminated: 2,
      open: 2,
    });
    expect(s.stockAtStart + s.newFound - s.eliminated).toBe(s.open);
  });

  it('splits by village and kind', () => {
    expect(s.byVillage).toEqual([
      expect.objectContaining({ village: '二联村', stockAtStart: 2, newFound: 1, eliminated: 2, open: 1 }),
      expect.objectContaining({ village: '金联村', stockAtStart: 1, newFound: 1, eliminated: 1, open: 1 }),
    ]);
    expect(s.byKind.map((k) => [k.kind, k.stockAtStart, k.newFound])).toEqual([
      ['illegal_land', 1, 0],
      ['illegal_building', 2, 1],
      ['waste_dumping', 0, 1],
    ]);
  });

  it('burns the stock down by month and counts the new cases of each month', () => {
    expect(s.byMonth).toHaveLength(12);
    expect(s.byMonth.map((m) => m.stockRemaining)).toEqual([2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(s.byMonth.map((m) => m.newFound)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.byMonth[0]).toEqual({ month: '2013-01', newFound: 1, eliminated: 1, stockRemaining: 2, openAtEnd: 3 });
    expect(s.byMonth[1]).toEqual({ month: '2013-02', newFound: 1, eliminated: 1, stockRemaining: 2, openAtEnd: 3 });
    expect(s.byMonth[11]!.openAtEnd).toBe(s.open);
  });
});
