import { checkDrop, checkLineStep, checkReceipt, figureDifferences, lineAmounts, managementFee, readyToSettle, statementNumber, statementStatus } from './settlement-rules.js';

describe('settlement rules', () => {
  it('computes the management fee as a percentage of the agreed amount, half-up to the fen', () => {
    expect(managementFee(100_000_00n, '2.5')).toBe(2_500_00n);
    expect(managementFee(1n, '50')).toBe(1n); // 0.5 fen → 1 fen
    expect(managementFee(3n, '10')).toBe(0n); // 0.3 fen → 0
    expect(managementFee(123_456_789n, '1.2345')).toBe(1_524_074n); // 1,524,073.06… fen
    expect(managementFee(100_000_00n, null)).toBe(0n);
    expect(lineAmounts(100_000_00n, '3')).toEqual({ feeFen: 3_000_00n, totalFen: 103_000_00n });
  });

  it('numbers statements per project', () => {
    expect(statementNumber('GJ17', 1)).toBe('JS-GJ17-001');
    expect(statementNumber('GJ17', 1234)).toBe('JS-GJ17-1234');
  });

  it('lets the company confirm or dispute a pending line, finance drop a disputed one', () => {
    expect(checkLineStep('pending', 'confirm', ['company'])).toEqual({ ok: true, to: 'confirmed' });
    expect(checkLineStep('pending', 'dispute', ['company'], '面积有误')).toEqual({ ok: true, to: 'disputed' });
    expect(checkLineStep('pending', 'dispute', ['company'], '  ')).toMatchObject({ ok: false, status: 422, message: '提出异议必须填写原因' });
    expect(checkLineStep('disputed', 'drop', ['finance'])).toEqual({ ok: true, to: 'dropped' });
    expect(checkLineStep('pending', 'drop', ['finance'])).toMatchObject({ ok: false, status: 422, message: '结算行待确认，不能移出结算单' });
    expect(checkLineStep('pending', 'confirm', ['finance'])).toMatchObject({ ok: false, status: 403 });
    expect(checkLineStep('disputed', 'drop', ['company'])).toMatchObject({ ok: false, status: 403 });
    expect(checkLineStep('confirmed', 'dispute', ['admin'], '再议')).toMatchObject({ ok: false, message: '结算行已确认，不能提出异议' });
  });

  it('confirms a statement when every live line is confirmed', () => {
    expect(statementStatus([{ status: 'confirmed' }, { status: 'dropped' }])).toBe('confirmed');
    expect(statementStatus([{ status: 'confirmed' }, { status: 'disputed' }])).toBe('issued');
    expect(statementStatus([{ status: 'dropped' }])).toBe('issued');
  });

  it('refuses a receipt beyond the statement total, and a drop that would leave less than was received', () => {
    expect(checkReceipt(1000_00n, 400_00n, 600_00n)).toEqual({ ok: true });
    expect(checkReceipt(1000_00n, 400_00n, 600_01n)).toEqual({ ok: false, message: '到账金额超出结算单未到账余额 600.00 元（结算单合计 1,000.00 元，已到账 400.00 元）' });
    expect(checkReceipt(1000_00n, 0n, 0n)).toMatchObject({ ok: false });
    expect(checkDrop(1000_00n, 300_00n, 700_00n)).toEqual({ ok: true });
    expect(checkDrop(1000_00n, 300_00n, 700_01n)).toMatchObject({ ok: false });
  });

  it('settles a case only when confirmed, paid in full and covered', () => {
    const agreement = { signed: true, agreedFen: 100n, paidFen: 100n };
    expect(readyToSettle({ status: 'confirmed', totalFen: 102n, allocatedFen: 102n }, agreement)).toBe(true);
    expect(readyToSettle({ status: 'pending', totalFen: 102n, allocatedFen: 102n }, agreement)).toBe(false);
    expect(readyToSettle({ status: 'confirmed', totalFen: 102n, allocatedFen: 101n }, agreement)).toBe(false);
    expect(readyToSettle({ status: 'confirmed', totalFen: 102n, allocatedFen: 102n }, { ...agreement, paidFen: 99n })).toBe(false);
    expect(readyToSettle({ status: 'confirmed', totalFen: 102n, allocatedFen: 102n }, { ...agreement, signed: false })).toBe(false);
  });

  it('states the differences of 预算, 送审 and 审定', () => {
    expect(figureDifferences({ budgetFen: 1000n, submittedFen: 1200n, auditedFen: 1100n })).toEqual({ submittedLessBudgetFen: 200n, auditedLessSubmittedFen: -100n, auditedLessBudgetFen: 100n });
    expect(figureDifferences({ budgetFen: null, submittedFen: 1200n, auditedFen: null })).toEqual({ submittedLessBudgetFen: null, auditedLessSubmittedFen: null, auditedLessBudgetFen: null });
  });
});
