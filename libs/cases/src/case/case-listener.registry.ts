import { Injectable } from '@nestjs/common';

/** Told which cases lost their confirmation (and why), inside the transaction that voided it. */
export type ConfirmationVoidListener = (caseIds: readonly string[], reason: string) => Promise<void>;

/**
 * Libraries that keep records about a case's status register here to follow the steps the system takes
 * on its own (the confirmation batches of libs/company record a voided confirmation), so the cases
 * library depends on none of them. Listeners run in the caller's transaction: a failing one rolls the
 * step back.
 */
@Injectable()
export class CaseListenerRegistry {
  private readonly voidListeners: ConfirmationVoidListener[] = [];

  onConfirmationVoided(listener: ConfirmationVoidListener): void {
    this.voidListeners.push(listener);
  }

  async confirmationVoided(caseIds: readonly string[], reason: string): Promise<void> {
    if (!caseIds.length) return;
    for (const listener of this.voidListeners) await listener(caseIds, reason);
  }
}
