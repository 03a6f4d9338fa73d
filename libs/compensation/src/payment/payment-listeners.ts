import { Injectable } from '@nestjs/common';

/** What a listener hears after a payment or reversal is written, inside its transaction. */
export interface PaymentEvent {
  caseId: string;
  projectId: string;
  agreementId: string;
}

export type PaymentListener = (event: PaymentEvent) => Promise<void>;

/**
 * Libraries that depend on compensation (the company's settlement) hear of payments here, in the
 * payment's own transaction, so compensation never depends on them. None registered: nothing to tell.
 */
@Injectable()
export class PaymentListeners {
  private readonly listeners: PaymentListener[] = [];

  register(listener: PaymentListener): void {
    this.listeners.push(listener);
  }

  async paid(event: PaymentEvent): Promise<void> {
    for (const listener of this.listeners) await listener(event);
  }
}
