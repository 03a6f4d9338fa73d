import { Injectable } from '@nestjs/common';
import type { CaseStatus } from '@app/cases';
import { idNumberHash, missingHouseholdFacts, phoneHash } from '@app/subjects';
import { DUPLICATE_HEAD_COLUMN, screenDuplicateHeads } from '../../domain/duplicate-heads.js';
import type { HouseholdImportRecord } from '../../domain/validate-row.js';
import { importKey, ImportLookupRepository, type WrittenSubject } from '../shared/import-lookup.repository.js';
import { SubjectChunkProcessor } from '../shared/subject-chunk.processor.js';
import type { Resolution } from '../shared/upsert-chunk.processor.js';
import { HouseholdImportRepository, type HouseholdWrite, type StoredHousehold } from './household-import.repository.js';

/**
 * The status a new household's case opens in: `surveyed` when its required survey facts are all
 * there. The import carries no family members, which the survey requires, so today every imported
 * household opens `surveying`; the rule is kept here so it follows the survey-facts definition.
 */
function openingStatus(row: HouseholdWrite): CaseStatus {
  return missingHouseholdFacts({ ...row, memberCount: 0 }).length ? 'surveying' : 'surveyed';
}

/** One chunk of the households import: resolves parcel codes, compares (personal data by hash), upserts, opens cases. */
@Injectable()
export class HouseholdChunkProcessor extends SubjectChunkProcessor<HouseholdImportRecord, HouseholdWrite, StoredHousehold> {
  protected readonly codeHeader = '户编号';
  protected readonly subjectLabel = '户';

  constructor(
    lookups: ImportLookupRepository,
    private readonly households: HouseholdImportRepository,
  ) {
    super(lookups);
  }

  /** Parcel codes as every subject kind, then the 一人多户 rule: one lock and one lookup for the chunk. */
  protected override async resolve(items: Array<{ record: HouseholdImportRecord; projectId: string }>): Promise<Array<Resolution<HouseholdWrite>>> {
    const resolutions = await super.resolve(items);
    const writes = resolutions.flatMap((r) => ('write' in r ? [r.write] : []));
    if (!writes.length) return resolutions;
    const candidates = writes.map((w) => ({ projectId: w.projectId, code: w.code, headHash: idNumberHash(w.headIdNumber)!, reason: w.duplicateHeadReason }));
    await this.households.lockProjectHeads(candidates.map((c) => c.projectId));
    const stored = await this.households.storedHeads(candidates.map((c) => c.projectId), candidates.map((c) => c.headHash));
    const verdicts = screenDuplicateHeads(candidates, stored);
    let next = 0;
    return resolutions.map((r) => {
      if (!('write' in r)) return r;
      const rejection = verdicts[next++];
      return rejection ? { errors: [{ column: DUPLICATE_HEAD_COLUMN, message: rejection }] } : r;
    });
  }

  /** A blank 重复户主原因 keeps the stored one while the head stays the same. */
  protected override complete(write: HouseholdWrite, stored: StoredHousehold | undefined): HouseholdWrite {
    if (write.duplicateHeadReason !== null || !stored?.duplicateHeadReason) return write;
    return stored.headIdNumberHash === idNumberHash(write.headIdNumber) ? { ...write, duplicateHeadReason: stored.duplicateHeadReason } : write;
  }

  protected existing(writes: HouseholdWrite[]): Promise<Map<string, StoredHousehold>> {
    return this.households.existing(writes);
  }

  protected differs(stored: StoredHousehold, row: HouseholdWrite): boolean {
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


  protected upsert(writes: HouseholdWrite[]): Promise<WrittenSubject[]> {
    return this.households.upsert(writes);
  }

  protected override async afterWrite(written: WrittenSubject[], writes: ReadonlyMap<string, HouseholdWrite>, actor: string): Promise<void> {
    const byStatus = new Map<CaseStatus, WrittenSubject[]>();
    for (const w of written) {
      if (!w.inserted) continue;
      const status = openingStatus(writes.get(importKey(w.projectId, w.code))!);
      const group = byStatus.get(status);
      // Appended in place: copying the group for each row made a chunk's bookkeeping quadratic.
      if (group) group.push(w);
      else byStatus.set(status, [w]);
    }
    for (const [status, households] of byStatus) await this.lookups.openCases('household', households, status, actor);
    await this.lookups.surveyFactsChanged('household', written.filter((w) => !w.inserted).map((w) => w.id), actor);
  }
}
