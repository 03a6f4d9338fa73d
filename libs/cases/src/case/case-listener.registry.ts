import { Injectable } from '@nestjs/common';

/** Told which cases lost their confirmation (and why), inside the transaction that voided it. */
export type ConfirmationVoidListener = (caseIds: readonly string[], reason: string) => Promise<void>;

/** A case's status changed at a user's request or by its causing record (`on`: the change's date in Shanghai). */
export interface CaseStatusChange {
  caseId: string;
  projectId: string;
  from: string;
  to: string;
  on: string;
}
export type CaseStatusListener = (change: CaseStatusChange) => Promise<void>;

/**
 * Libraries that keep records about a case's status register here to follow the steps the system takes
 * on its own (the confirmation batches of libs/company record a voided confirmation), so the cases
 * library depends on none of them. Listeners run in the caller's transaction: a failing one rolls the
 * step back.
 */
@Injectable()
export class CaseListenerRegistry {
  private readonly voidListeners: ConfirmationVoidListener[] = [];
  private readonly statusListeners: CaseStatusListener[] = [];

  /** Hears every status change made through `CaseService.transition` (e.g. resettlement hears 腾地). */
  onStatusChanged(listener: CaseStatusListener): void {
    this.statusListeners.push(listener);
  }

  async statusChanged(change: CaseStatusChange): Promise<void> {
    for (const listener of this.statusListeners) await listener(change);
  }

  onConfirmationVoided(listener: ConfirmationVoidListener): void {
    this.voidListeners.push(listener);
  }

  async confirmationVoided(caseIds: readonly string[], reason: string): Promise<void> {
    if (!caseIds.length) return;
    for (const listener of this.voidListeners) await listener(caseIds, reason);
  }
}
