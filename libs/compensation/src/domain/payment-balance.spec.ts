import fc from 'fast-check';
import { checkPayment, checkReversal, paymentBalance, type PaymentEntry } from './payment-balance.js';

const entries: PaymentEntry[] = [
  { id: 'P1', kind: 'payment', amountFen: 5000000n },
  { id: 'P2', kind: 'payment', amountFen: 3000000n },
  { id: 'R1', kind: 'reversal', amountFen: 1000000n, reverses: 'P2' },
];

describe('payment balance', () => {
  it('sums payments less reversals and gives the balance', () => {
    expect(paymentBalance(10000000n, entries)).toEqual({ agreedFen: 10000000n, paidFen: 7000000n, balanceFen: 3000000n });
    expect(paymentBalance(10000000n, [])).toEqual({ agreedFen: 10000000n, paidFen: 0n, balanceFen: 10000000n });
  });

  it('accepts a payment up to the balance exactly', () => {
    expect(checkPayment(10000000n, entries, 3000000n)).toEqual({ ok: true, balanceAfterFen: 0n });
  });

  it('refuses a payment that would pay more than agreed, by even one fen', () => {
    expect(checkPayment(10000000n, entries, 3000001n)).toEqual({
      ok: false,
      code: 'over_agreed',
      message: '本次支付 30,000.01 元超过未付余额 30,000.00 元（协议金额 100,000.00 元，已付 70,000.00 元）',
    });
    expect(checkPayment(6000000n, entries, 1n)).toMatchObject({
      ok: false,
      message: '本次支付 0.01 元超过未付余额 0.00 元（协议金额 60,000.00 元，已付 70,000.00 元）',
    });
  });

  it('refuses zero and negative payments', () => {
    expect(checkPayment(10000000n, entries, 0n)).toEqual({ ok: false, code: 'not_positive', message: '支付金额必须大于 0' });
    expect(checkPayment(10000000n, entries, -5n).ok).toBe(false);
  });

  it('reverses no more than is left of a payment, and only payments', () => {
    expect(checkReversal(10000000n, entries, 'P2', 2000000n)).toEqual({ ok: true, balanceAfterFen: 5000000n });
    expect(checkReversal(10000000n, entries, 'P2', 2000001n)).toEqual({
      ok: false,
      code: 'over_reversal',
      message: '冲正金额 20,000.01 元超过该笔支付尚未冲正的 20,000.00 元',
    });
    expect(checkReversal(10000000n, entries, 'R1', 1n)).toEqual({
      ok: false,
      code: 'unknown_payment',
      message: '找不到要冲正的支付记录：R1',
    });
    expect(checkReversal(10000000n, entries, 'P1', 0n)).toEqual({ ok: false, code: 'not_positive', message: '冲正金额必须大于 0' });
  });

  it('never lets accepted payments and reversals take paid past agreed or below zero', () => {
    const steps = fc.array(fc.record({ reverse: fc.boolean(), amount: fc.bigInt({ min: -10n, max: 2_000_000n }), pick: fc.nat() }), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 5_000_000n }), steps, (agreed, plan) => {
        const log: PaymentEntry[] = [];
        for (const [i, step] of plan.entries()) {
          const payments = log.filter((e) => e.kind === 'payment');
          if (step.reverse && payments.length) {
            const target = payments[step.pick % payments.length].id;
            const check = checkReversal(agreed, log, target, step.amount);
            if (check.ok) log.push({ id: `R${i}`, kind: 'reversal', amountFen: step.amount, reverses: target });
          } else {
            const check = checkPayment(agreed, log, step.amount);
            if (check.ok) {
              log.push({ id: `P${i}`, kind: 'payment', amountFen: step.amount });
              expect(check.balanceAfterFen).toBe(paymentBalance(agreed, log).balanceFen);
            }
          }
          const { paidFen, balanceFen } = paymentBalance(agreed, log);
          expect(paidFen >= 0n && paidFen <= agreed && balanceFen === agreed - paidFen).toBe(true);
        }
      }),
    );
  });
});
