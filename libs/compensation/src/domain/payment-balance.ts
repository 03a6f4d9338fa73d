import { formatYuan, type Fen } from './money.js';

/** A payment (支付) or a reversal (冲正) of part or all of an earlier payment; amounts are positive fen. */
export interface PaymentEntry {
  id: string;
  kind: 'payment' | 'reversal';
  amountFen: Fen;
  /** For a reversal: the payment it reverses. */
  reverses?: string;
}

export interface PaymentBalance {
  agreedFen: Fen;
  /** Payments less reversals. */
  paidFen: Fen;
  /** Agreed less paid; negative only if the agreed amount was later lowered below what was paid. */
  balanceFen: Fen;
}

export type PaymentCheck =
  | { ok: true; balanceAfterFen: Fen }
  | { ok: false; code: 'not_positive' | 'over_agreed' | 'unknown_payment' | 'over_reversal'; message: string };

const yuan = (fen: Fen): string => `${formatYuan(fen)} 元`;

/** Paid total and balance of an agreement from its payments and reversals. */
export function paymentBalance(agreedFen: Fen, entries: readonly PaymentEntry[]): PaymentBalance {
  const paidFen = entries.reduce((sum, e) => (e.kind === 'payment' ? sum + e.amountFen : sum - e.amountFen), 0n);
  return { agreedFen, paidFen, balanceFen: agreedFen - paidFen };
}

/** Whether a new payment of `amountFen` may be recorded: positive, and never taking the paid total past the agreed amount. */
export function checkPayment(agreedFen: Fen, entries: readonly PaymentEntry[], amountFen: Fen): PaymentCheck {
  if (amountFen <= 0n) return { ok: false, code: 'not_positive', message: '支付金额必须大于 0' };
  const { paidFen, balanceFen } = paymentBalance(agreedFen, entries);
  if (paidFen + amountFen > agreedFen) {
    const room = balanceFen > 0n ? balanceFen : 0n;
    return {
      ok: false,
      code: 'over_agreed',
      message: `本次支付 ${yuan(amountFen)}超过未付余额 ${yuan(room)}（协议金额 ${yuan(agreedFen)}，已付 ${yuan(paidFen)}）`,
    };
  }
  return { ok: true, balanceAfterFen: balanceFen - amountFen };
}

/** Whether `amountFen` of payment `paymentId` may be reversed: positive and no more than is left of it unreversed. */
export function checkReversal(agreedFen: Fen, entries: readonly PaymentEntry[], paymentId: string, amountFen: Fen): PaymentCheck {
  if (amountFen <= 0n) return { ok: false, code: 'not_positive', message: '冲正金额必须大于 0' };
  const payment = entries.find((e) => e.id === paymentId && e.kind === 'payment');
  if (!payment) return { ok: false, code: 'unknown_payment', message: `找不到要冲正的支付记录：${paymentId}` };
  const reversed = entries.filter((e) => e.kind === 'reversal' && e.reverses === paymentId).reduce((sum, e) => sum + e.amountFen, 0n);
  const left = payment.amountFen - reversed;
  if (amountFen > left) {
    return { ok: false, code: 'over_reversal', message: `冲正金额 ${yuan(amountFen)}超过该笔支付尚未冲正的 ${yuan(left)}` };
  }
  return { ok: true, balanceAfterFen: paymentBalance(agreedFen, entries).balanceFen + amountFen };
}
