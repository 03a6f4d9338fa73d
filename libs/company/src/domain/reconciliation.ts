/**
 * 三账对账: what was agreed with the households (agreements), what was disbursed to them (payments) and
 * what the company paid in (receipts), to the fen. The repository computes the same in set-based SQL;
 * these pure functions state the rules and are what the unit tests pin down.
 *
 * Allocation of receipts (到账分配): what was received against a statement goes to its confirmed lines
 * in line order, each line up to its total; nothing is stored — line i gets
 * min(total_i, max(0, received − Σ totals of the confirmed lines before it)). Integer fen in, integer fen
 * out: no rounding anywhere. What is left over (lines not yet confirmed) is "received but not allocated".
 */

export const DISCREPANCY_KINDS = ['paid_over_agreed', 'agreed_not_in_statement', 'in_statement_voided', 'received_not_allocated', 'paid_not_received'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];
export const DISCREPANCY_KIND_LABELS: Record<DiscrepancyKind, string> = {
  paid_over_agreed: '支付超过协议金额',
  agreed_not_in_statement: '已签约未列入结算单',
  in_statement_voided: '已列入结算单但协议已作废',
  received_not_allocated: '已到账未分配',
  paid_not_received: '已支付未到账',
};

/** Receipts allocated to confirmed lines in line order (the rule above); unconfirmed lines get nothing. */
export function allocateInLineOrder(lines: ReadonlyArray<{ totalFen: bigint; confirmed: boolean }>, receivedFen: bigint): { allocatedFen: bigint[]; unallocatedFen: bigint } {
  let left = receivedFen;
  const allocatedFen = lines.map((l) => {
    if (!l.confirmed) return 0n;
    const take = left < l.totalFen ? (left > 0n ? left : 0n) : l.totalFen;
    left -= take;
    return take;
  });
  return { allocatedFen, unallocatedFen: left };
}

/** The facts of one case the reconciliation looks at. */
export interface CaseLedger {
  /** Agreed amount of its live signed agreement (0 when none). */
  agreedFen: bigint;
  /** Net payments (payments less reversals) of all its agreements. */
  disbursedFen: bigint;
  /** Whether the case is vacated or beyond (it belongs in a statement). */
  dueForStatement: boolean;
  signed: boolean;
  /** Its live line, if any: whether that line's agreement is voided, and what receipts are allocated to it. */
  line: { agreementVoided: boolean; allocatedFen: bigint } | null;
}

/** The kinds of discrepancy one case shows, with the amount each concerns. */
export function caseDiscrepancies(c: CaseLedger): Array<{ kind: DiscrepancyKind; amountFen: bigint }> {
  const found: Array<{ kind: DiscrepancyKind; amountFen: bigint }> = [];
  if (c.disbursedFen > c.agreedFen) found.push({ kind: 'paid_over_agreed', amountFen: c.disbursedFen - c.agreedFen });
  if (c.signed && c.dueForStatement && !c.line) found.push({ kind: 'agreed_not_in_statement', amountFen: c.agreedFen });
  if (c.line?.agreementVoided) found.push({ kind: 'in_statement_voided', amountFen: c.line.allocatedFen });
  if (c.line && c.disbursedFen > c.line.allocatedFen) found.push({ kind: 'paid_not_received', amountFen: c.disbursedFen - c.line.allocatedFen });
  return found;
}
