import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { ResettlementTrackRecord } from './track.entity.js';

export type TrackOpening = Pick<ResettlementTrackRecord, 'caseId' | 'projectId' | 'agreementId' | 'method' | 'transitionMethod' | 'transitionMonths' | 'persons'>;

/**
 * Database access for the households' resettlement tracks. Every change happens in the transaction of
 * the step causing it (vacating, the last delivery, the last payment), so the track never disagrees with
 * its records.
 */
@Injectable()
export class TrackRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get tracks() {
    return this.connection.getRepository(ResettlementTrackRecord);
  }

  findByCase(caseId: string): Promise<ResettlementTrackRecord | null> {
    return this.tracks.findOne({ where: { caseId } });
  }

  /** The track locked for a change. */
  findForUpdate(caseId: string): Promise<ResettlementTrackRecord | null> {
    return this.tracks.findOne({ where: { caseId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The case's track, created at `none` from its signed agreement when it has none yet (or re-pointed to a newly signed agreement). */
  async open(opening: TrackOpening): Promise<ResettlementTrackRecord> {
    await this.tracks
      .createQueryBuilder()
      .insert()
      .into(ResettlementTrackRecord)
      .values({ ...opening, track: 'none', version: 1 })
      .orUpdate(['agreementId', 'method', 'transitionMethod', 'transitionMonths', 'persons'], ['caseId'])
      .execute();
    return (await this.findForUpdate(opening.caseId))!;
  }

  async update(caseId: string, changes: Partial<Pick<ResettlementTrackRecord, 'track' | 'transitionalSince' | 'deliveredOn' | 'resettledOn'>>): Promise<void> {
    await this.tracks.update({ caseId }, changes);
  }
}
