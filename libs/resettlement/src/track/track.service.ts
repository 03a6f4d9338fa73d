import { Injectable } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { noteChange } from '@app/platform';
import type { ResettlementTrack } from '../domain/resettlement-labels.js';
import { TrackRepository, type TrackOpening } from './track.repository.js';
import type { ResettlementTrackRecord } from './track.entity.js';

/**
 * Moves a household's resettlement track, always inside the transaction of the record that causes it
 * (vacating, the last delivery, the last payment), and mirrors it on the case (`resettlementStatus`).
 */
@Injectable()
export class TrackService {
  constructor(
    private readonly tracks: TrackRepository,
    private readonly cases: CaseService,
  ) {}

  /** The case's track, opened (at `none`) from its signed agreement when it has none yet, locked for a change. */
  open(opening: TrackOpening): Promise<ResettlementTrackRecord> {
    return this.tracks.open(opening);
  }

  /**
   * All of a swap household's allocated units are delivered (交房) on `deliveredOn`: its housing is solved that
   * day (`resettled`). Call in the delivery's transaction with the track opened.
   */
  async delivered(caseId: string, deliveredOn: string): Promise<void> {
    await this.move(caseId, 'resettled', { deliveredOn, resettledOn: deliveredOn });
  }

  /** Changes the track and its case's mirror together, audited. */
  async move(caseId: string, track: ResettlementTrack, dates: Partial<Pick<ResettlementTrackRecord, 'transitionalSince' | 'deliveredOn' | 'resettledOn'>>): Promise<void> {
    const before = await this.tracks.findForUpdate(caseId);
    if (!before) throw new Error(`resettlement track of case ${caseId} not opened`);
    await this.tracks.update(caseId, { track, ...dates });
    await this.cases.setResettlementStatus([caseId], track);
    noteChange({
      entityType: 'resettlement-track',
      entityId: before.id,
      projectId: before.projectId,
      before: { track: before.track, transitionalSince: before.transitionalSince, deliveredOn: before.deliveredOn, resettledOn: before.resettledOn },
      after: { track, ...dates },
    });
  }
}
