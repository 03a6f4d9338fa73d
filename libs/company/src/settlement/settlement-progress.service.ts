import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { PaymentListeners } from '@app/compensation';
import { readyToSettle, type LineStatus } from '../domain/settlement-rules.js';
import { ReconciliationRepository } from './reconciliation.repository.js';

/**
 * Moves cases to `settled` through their 结算单: a case whose line is confirmed, whose agreement is paid
 * in full and whose line is covered by receipts. Checked in the transaction of each line confirmation,
 * receipt and payment (compensation tells us of payments through its listener registry).
 */
@Injectable()
export class SettlementProgress implements OnModuleInit {
  constructor(
    private readonly ledgers: ReconciliationRepository,
    private readonly cases: CaseService,
    private readonly payments: PaymentListeners,
  ) {}

  onModuleInit(): void {
    this.payments.register(({ projectId, caseId }) => this.settleReady(projectId, { caseId }).then(() => undefined));
  }

  /** Settles the vacated cases of a statement (or one case) that are ready; answers the ids it settled. */
  async settleReady(projectId: string, filter: { statementId?: string; caseId?: string }): Promise<string[]> {
    const settled: string[] = [];
    for (const line of await this.ledgers.lineMoney(projectId, filter)) {
      if (line.caseStatus !== 'vacated') continue;
      const ready = readyToSettle(
        { status: line.status as LineStatus, totalFen: line.totalFen, allocatedFen: line.allocatedFen },
        { signed: line.agreementSigned, agreedFen: line.agreedFen, paidFen: line.paidFen },
      );
      if (!ready) continue;
      await this.cases.transition(line.caseId, { to: 'settled', record: 'settlement' });
      settled.push(line.caseId);
    }
    return settled;
  }
}
