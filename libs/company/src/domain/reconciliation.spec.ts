import { allocateInLineOrder, caseDiscrepancies, type CaseLedger } from './reconciliation.js';

describe('reconciliation', () => {
  it('allocates receipts to confirmed lines in line order, each up to its total, exactly to the fen', () => {
    const lines = [
      { totalFen: 100_00n, confirmed: true },
      { totalFen: 50_00n, confirmed: false },
      { totalFen: 30_01n, confirmed: true },
    ];
    expect(allocateInLineOrder(lines, 120_00n)).toEqual({ allocatedFen: [100_00n, 0n, 20_00n], unallocatedFen: 0n });
    expect(allocateInLineOrder(lines, 200_00n)).toEqual({ allocatedFen: [100_00n, 0n, 30_01n], unallocatedFen: 69_99n });
    expect(allocateInLineOrder(lines, 0n)).toEqual({ allocatedFen: [0n, 0n, 0n], unallocatedFen: 0n });
  });

  it('names each kind of discrepancy of a case', () => {
    const base: CaseLedger = { agreedFen: 100n, disbursedFen: 100n, dueForStatement: true, signed: true, line: { agreementVoided: false, allocatedFen: 100n } };
    expect(caseDiscrepancies(base)).toEqual([]);
    expect(caseDiscrepancies({ ...base, disbursedFen: 150n, line: { agreementVoided: false, allocatedFen: 150n } })).toEqual([{ kind: 'paid_over_agreed', amountFen: 50n }]);
    expect(caseDiscrepancies({ ...base, line: null })).toEqual([{ kind: 'agreed_not_in_statement', amountFen: 100n }]);
    expect(caseDiscrepancies({ ...base, line: null, dueForStatement: false })).toEqual([]);
    expect(caseDiscrepancies({ ...base, agreedFen: 0n, disbursedFen: 0n, signed: false, line: { agreementVoided: true, allocatedFen: 0n } })).toEqual([{ kind: 'in_statement_voided', amountFen: 0n }]);
    expect(caseDiscrepancies({ ...base, line: { agreementVoided: false, allocatedFen: 40n } })).toEqual([{ kind: 'paid_not_received', amountFen: 60n }]);
  });
});
