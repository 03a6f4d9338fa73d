import type { AgreementLedgerRow } from '@app/compensation';
import { agreementLedgerTotal, sumTotals } from './money-ledgers.js';

const row = (agreedFen: bigint, paidFen: bigint): AgreementLedgerRow => ({
  projectCode: 'P',
  sequenceNo: 1,
  method: 'monetary',
  subjectCode: 'H1',
  party: '张三',
  signedOn: '2013-06-01',
  compensationFen: agreedFen,
  agreedFen,
  paidFen,
});

describe('money ledger totals', () => {
  it('adds page totals field by field to the total of all rows at once, exact in fen', () => {
    const rows = [row(12_345_678_901n, 1n), row(99n, 99n), row(1n, 0n), row(10_000_000_000_01n, 5n)];
    const whole = agreementLedgerTotal(rows);
    const paged = [rows.slice(0, 1), rows.slice(1, 3), rows.slice(3), []]
      .map((page) => agreementLedgerTotal(page))
      .reduce<Record<string, bigint>>((sum, t) => ('total' in t ? sumTotals(sum, t.total) : sum), {});
    expect('total' in whole && whole.total).toEqual(paged);
    expect(paged.balance).toBe(paged.agreed! - paged.paid!);
  });

  it('keeps a field only one side has', () => {
    expect(sumTotals({ a: 1n }, { b: 2n })).toEqual({ a: 1n, b: 2n });
  });
});
