import { Injectable, UnprocessableEntityException, type OnModuleInit } from '@nestjs/common';
import { CaseListenerRegistry, type CaseStatusChange } from '@app/cases';
import { PaymentListeners, type PaymentEvent } from '@app/compensation';
import { noteChange } from '@app/platform';
import { TrackSourceRepository } from './track-source.repository.js';
import { TrackService } from './track.service.js';

/**
 * Keeps the tracks in step with the records that move them, in those records' own transactions:
 * - 腾地 (signed → vacated) of a property-swap household: its track opens and is `transitional` since the
 *   change's date; undoing it (vacated → signed) moves it back to `none` and drops its open 过渡费 months —
 *   refused (422) once a month of it is in a fee batch or paid.
 * - A monetary household is `resettled` on the date its agreement is paid in full (the last compensation
 *   payment's date); a reversal that un-pays it moves it back to `none`.
 */
@Injectable()
export class TrackListeners implements OnModuleInit {
  constructor(
    private readonly caseListeners: CaseListenerRegistry,
    private readonly paymentListeners: PaymentListeners,
    private readonly sources: TrackSourceRepository,
    private readonly tracks: TrackService,
  ) {}

  onModuleInit(): void {
    this.caseListeners.onStatusChanged((change) => this.statusChanged(change));
    this.paymentListeners.register((event) => this.paid(event));
  }

  async statusChanged(change: CaseStatusChange): Promise<void> {
    if (change.from === 'signed' && change.to === 'vacated') {
      const agreement = await this.sources.signedAgreement(change.caseId);
      if (!agreement || agreement.method !== 'swap') return;
      await this.tracks.open(agreement);
      await this.tracks.move(change.caseId, 'transitional', { transitionalSince: change.on, deliveredOn: null, resettledOn: null });
    } else if (change.from === 'vacated' && change.to === 'signed') {
      const agreement = await this.sources.signedAgreement(change.caseId);
      if (!agreement || agreement.method !== 'swap') return;
      if ((await this.sources.settledFeeMonths(change.caseId)) > 0) throw new UnprocessableEntityException('该户的过渡费已列入支付批次或已支付，不能撤销腾地');
      const track = await this.tracks.open(agreement);
      if (track.track === 'none') return;
      const dropped = await this.sources.dropOpenFeeMonths(change.caseId);
      if (dropped) noteChange({ entityType: 'transitional-fee-accrual', entityId: change.caseId, projectId: change.projectId, before: { months: dropped }, after: { months: 0 } });
      await this.tracks.move(change.caseId, 'none', { transitionalSince: null, deliveredOn: null, resettledOn: null });
    }
  }

  async paid(event: PaymentEvent): Promise<void> {
    const agreement = await this.sources.signedAgreement(event.caseId);
    if (!agreement || agreement.agreementId !== event.agreementId || agreement.method !== 'monetary') return;
    const full = agreement.agreedFen > 0n && agreement.paidFen >= agreement.agreedFen;
    const track = await this.tracks.open(agreement);
    if (full && track.track !== 'resettled') await this.tracks.move(event.caseId, 'resettled', { resettledOn: agreement.lastPaidOn });
    else if (!full && track.track === 'resettled') await this.tracks.move(event.caseId, 'none', { resettledOn: null });
  }
}
