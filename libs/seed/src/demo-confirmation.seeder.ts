import { Injectable } from '@nestjs/common';
import { batchHash, confirmationSnapshot, ConfirmationRepository, snapshotHash } from '@app/company';
import { CalculationService } from '@app/compensation';
import { demoConfirmationPlan } from './domain/demo-confirmation.js';
import type { DemoData } from './domain/demo-types.js';

/**
 * The confirmation batches behind the demo's confirmed cases (libs/company), and a few batches waiting
 * for the company. Historical lines show the facts of the demo rows; open lines are read as the
 * confirmation service reads them (facts and current calculation), so the company can confirm them.
 */
@Injectable()
export class DemoConfirmationSeeder {
  constructor(
    private readonly confirmations: ConfirmationRepository,
    private readonly calculations: CalculationService,
  ) {}

  /** Call inside the seed's transaction, after the cases and the money are loaded. */
  async seed(data: DemoData): Promise<void> {
    const batches = demoConfirmationPlan(data);
    const lineRows = [];
    const batchRows = [];
    for (const batch of batches) {
      const lines = [];
      for (const l of batch.lines) {
        const snapshot = confirmationSnapshot(l.subject, l.facts ? { facts: l.facts, calculation: null } : await this.calculations.current(l.caseId));
        const updatedAt = l.voidedAt ?? l.answeredAt ?? batch.submittedAt;
        lines.push({
          id: l.id,
          batchId: batch.id,
          position: l.position,
          caseId: l.caseId,
          projectId: l.projectId,
          snapshot,
          contentHash: snapshotHash(snapshot),
          townFigureFen: snapshot.calculation ? BigInt(snapshot.calculation.totalFen) : null,
          answer: l.answer,
          reason: l.reason,
          companyFigureFen: l.companyFigureFen,
          answeredBy: l.answeredBy,
          answeredAt: l.answeredAt,
          voidedAt: l.voidedAt,
          voidReason: l.voidReason,
          version: 1 + (l.answer ? 1 : 0) + (l.voidedAt ? 1 : 0),
          createdAt: batch.submittedAt,
          updatedAt,
        });
      }
      batchRows.push({
        id: batch.id,
        projectId: batch.projectId,
        number: batch.number,
        state: batch.state,
        note: batch.note,
        contentHash: batchHash(lines),
        submittedAt: batch.submittedAt,
        submittedBy: batch.submittedBy,
        closedAt: batch.closedAt,
        version: batch.closedAt ? 2 : 1,
        createdAt: batch.submittedAt,
        updatedAt: batch.closedAt ?? batch.submittedAt,
      });
      lineRows.push(...lines);
    }
    await this.confirmations.insertLoaded(batchRows, lineRows);
  }
}
