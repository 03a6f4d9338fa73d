import { Injectable } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { LandBulkRepository } from '@app/land';
import { EnterpriseBulkRepository } from '@app/subjects';
import type { EnterpriseImportRecord } from '../../domain/validate-row.js';
import { countWritten, emptyOutcome, firstValidRows, inWritableProjects, planWrites, projectCodes } from '../import-chunk.js';
import type { ChunkOutcome, ChunkProcessor, PendingRow } from '../import-row.js';
import { caseLock, followUpCases, withCaseStatus, withParcels } from '../subject-rows.js';

/** Fields compared to tell an update from an unchanged row. */
const FACTS = ['parcelId', 'name', 'creditCode', 'legalRepresentative', 'landArea', 'buildingArea', 'employees', 'businessType', 'remarks'] as const;

/**
 * One chunk of the enterprises import: as the households one — parcel codes resolved, compared,
 * upserted by the subjects library, the case of each new enterprise opened in `surveying` (as
 * EnterpriseService.create does) by the cases library.
 */
@Injectable()
export class EnterpriseChunkProcessor implements ChunkProcessor<EnterpriseImportRecord> {
  constructor(
    private readonly land: LandBulkRepository,
    private readonly enterprises: EnterpriseBulkRepository,
    private readonly cases: CaseService,
  ) {}

  keyOf(record: EnterpriseImportRecord): string[] {
    return [record.projectCode, record.code];
  }

  async process(rows: PendingRow<EnterpriseImportRecord>[], options: { dryRun: boolean }): Promise<ChunkOutcome> {
    const outcome = emptyOutcome();
    const valid = firstValidRows(rows, '企业编号', outcome);
    const scoped = inWritableProjects(valid, await this.land.projectIds(projectCodes(valid)), outcome);
    const located = await withParcels(this.land, scoped, outcome);
    const stored = await withCaseStatus(this.cases, 'enterprise', await this.enterprises.findByCodes(located.map((l) => l.write)));
    const plan = planWrites(
      located,
      stored,
      { differs: (s, row) => FACTS.some((f) => s[f] !== row[f]), locked: (s, row) => caseLock('企业', row.code, s.caseStatus) },
      outcome,
    );
    if (options.dryRun) return countWritten(outcome, plan, null);

    const written = await this.enterprises.upsertMany(plan.writes);
    await followUpCases(this.cases, 'enterprise', written);
    return countWritten(outcome, plan, written);
  }
}
