import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CaseListenerRegistry } from '@app/cases';
import { noteChange } from '@app/platform';
import { ConfirmationRepository } from './confirmation.repository.js';

/**
 * Records on the confirmation line when a case loses its confirmation (its confirmed facts changed, or
 * 撤销确认 by hand): the line keeps its answer and shows when and why it was voided, in the same
 * transaction as the case's step. Registered with the cases library, which knows nothing of batches.
 */
@Injectable()
export class ConfirmationVoidsRecorder implements OnModuleInit {
  constructor(
    private readonly listeners: CaseListenerRegistry,
    private readonly confirmations: ConfirmationRepository,
  ) {}

  onModuleInit(): void {
    this.listeners.onConfirmationVoided((caseIds, reason) => this.record(caseIds, reason));
  }

  async record(caseIds: readonly string[], reason: string): Promise<void> {
    for (const line of await this.confirmations.voidConfirmed(caseIds, reason)) {
      noteChange({ entityType: 'confirmation-line', entityId: line.id, projectId: line.projectId, before: { state: 'confirmed' }, after: { state: 'voided', caseId: line.caseId, reason } });
    }
  }
}
