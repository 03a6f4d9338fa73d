import { Injectable } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { RESETTLEMENT_TRACKS } from '../domain/resettlement-labels.js';
import { deriveTrack } from '../domain/transitional-track.js';
import { TrackSourceRepository } from './track-source.repository.js';

/**
 * Derives every household's track from its records at once (`deriveTrack`) and writes the tracks and their
 * cases' mirrors in a few statements — for loading data (the demo seed), in the caller's transaction.
 */
@Injectable()
export class TrackLoader {
  constructor(
    private readonly sources: TrackSourceRepository,
    private readonly cases: CaseService,
  ) {}

  async deriveAll(): Promise<Record<string, number>> {
    const facts = await this.sources.allSignedFacts();
    const tracks = facts.map((f) => ({
      caseId: f.caseId,
      projectId: f.projectId,
      agreementId: f.agreementId,
      method: f.method,
      transitionMethod: f.transitionMethod,
      transitionMonths: f.transitionMonths,
      persons: f.persons,
      ...deriveTrack(f),
    }));
    await this.sources.upsertTracks(tracks);
    const counts: Record<string, number> = {};
    for (const track of RESETTLEMENT_TRACKS) {
      const ids = tracks.filter((t) => t.track === track).map((t) => t.caseId);
      await this.cases.setResettlementStatus(ids, track);
      counts[track] = ids.length;
    }
    return counts;
  }
}
