import { Injectable } from '@nestjs/common';
import { CaseService, OPENING_STATUS, type CaseStatus } from '@app/cases';
import { LandBulkRepository } from '@app/land';
import { HouseholdBulkRepository, idNumberHash, missingHouseholdFacts, phoneHash, type HouseholdUpsert, type StoredHouseholdFacts } from '@app/subjects';
import { DUPLICATE_HEAD_COLUMN, screenDuplicateHeads } from '../../domain/duplicate-heads.js';
import type { HouseholdImportRecord } from '../../domain/validate-row.js';
import { countWritten, emptyOutcome, firstValidRows, importKey, inWritableProjects, planWrites, projectCodes, reject, type ChunkWrite } from '../import-chunk.js';
import type { ChunkOutcome, ChunkProcessor, PendingRow } from '../import-row.js';
import { caseLock, followUpCases, withCaseStatus, withParcels } from '../subject-rows.js';

/** A stored household with its case's status. */
type StoredHousehold = StoredHouseholdFacts & { caseStatus?: CaseStatus };

/** Whether writing `row` would change the stored household (personal data compared by hash: ciphertexts differ on every write). */
function differs(stored: StoredHousehold, row: HouseholdUpsert): boolean {
  return (
    stored.parcelId !== row.parcelId ||
    stored.village !== row.village ||
    stored.group !== row.group ||
    stored.headName !== row.headName ||
    stored.headIdNumberHash !== idNumberHash(row.headIdNumber) ||
    stored.phoneHash !== phoneHash(row.phone) ||
    stored.registeredPersons !== row.registeredPersons ||
    stored.homesteadArea !== row.homesteadArea ||
    stored.licensedArea !== row.licensedArea ||
    stored.unlicensedArea !== row.unlicensedArea ||
    stored.structure !== row.structure ||
    stored.yearBuilt !== row.yearBuilt ||
    stored.surveyedOn !== row.surveyedOn ||
    stored.remarks !== row.remarks ||
    stored.duplicateHeadReason !== row.duplicateHeadReason
  );
}

/** A blank 重复户主原因 keeps the stored one while the head stays the same. */
function keepReason(write: HouseholdUpsert, stored: StoredHousehold | undefined): HouseholdUpsert {
  if (write.duplicateHeadReason !== null || !stored?.duplicateHeadReason) return write;
  return stored.headIdNumberHash === idNumberHash(write.headIdNumber) ? { ...write, duplicateHeadReason: stored.duplicateHeadReason } : write;
}

/**
 * The status a new household's case opens in: `surveyed` when its required survey facts are all
 * there. The import carries no family members, which the survey requires, so today every imported
 * household opens `surveying`; the rule is kept here so it follows the survey-facts definition (and
 * the cases library checks the opening against the lifecycle table either way).
 */
function openingStatus(row: HouseholdUpsert): CaseStatus {
  return missingHouseholdFacts({ ...row, memberCount: 0 }).length ? OPENING_STATUS : 'surveyed';
}

/**
 * One chunk of the households import, start to end: the valid first rows of writable projects,
 * parcel codes resolved, compared with the stored households, then (unless a dry run) upserted by
 * the subjects library in one statement and their cases opened or updated by the cases library.
 */
@Injectable()
export class HouseholdChunkProcessor implements ChunkProcessor<HouseholdImportRecord> {
  constructor(
    private readonly land: LandBulkRepository,
    private readonly households: HouseholdBulkRepository,
    private readonly cases: CaseService,
  ) {}

  keyOf(record: HouseholdImportRecord): string[] {
    return [record.projectCode, record.code];
  }

  async process(rows: PendingRow<HouseholdImportRecord>[], options: { dryRun: boolean }): Promise<ChunkOutcome> {
    const outcome = emptyOutcome();
    const valid = firstValidRows(rows, '户编号', outcome);
    const scoped = inWritableProjects(valid, await this.land.projectIds(projectCodes(valid)), outcome);
    const located = await this.withoutDuplicateHeads(await withParcels(this.land, scoped, outcome), outcome);
    const stored = await withCaseStatus(this.cases, 'household', await this.households.findByCodes(located.map((l) => l.write)));
    const plan = planWrites(located, stored, { differs, locked: (s, row) => caseLock('户', row.code, s.caseStatus), complete: keepReason }, outcome);
    if (options.dryRun) return countWritten(outcome, plan, null);

    const written = await this.households.upsertMany(plan.writes);
    const byKey = new Map(plan.writes.map((w) => [importKey(w.projectId, w.code), w]));
    await followUpCases(this.cases, 'household', written, (w) => openingStatus(byKey.get(importKey(w.projectId, w.code))!));
    return countWritten(outcome, plan, written);
  }

  /** The 一人多户 rule over the chunk: one lock and one lookup; a rejected row leaves the chunk with its reason. */
  private async withoutDuplicateHeads(
    located: Array<ChunkWrite<HouseholdUpsert>>,
    outcome: ChunkOutcome,
  ): Promise<Array<ChunkWrite<HouseholdUpsert>>> {
    if (!located.length) return located;
    const candidates = located.map(({ write: w }) => ({ projectId: w.projectId, code: w.code, headHash: idNumberHash(w.headIdNumber)!, reason: w.duplicateHeadReason }));
    const projects = candidates.map((c) => c.projectId);
    await this.households.lockProjectHeads(projects);
    const verdicts = screenDuplicateHeads(candidates, await this.households.storedHeads(projects, candidates.map((c) => c.headHash)));
    return located.filter((item, i) => {
      const rejection = verdicts[i];
      if (rejection) reject(outcome, item.row, [{ column: DUPLICATE_HEAD_COLUMN, message: rejection }]);
      return !rejection;
    });
  }
}
