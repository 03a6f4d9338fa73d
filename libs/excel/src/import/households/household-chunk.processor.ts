import { Injectable } from '@nestjs/common';
import { CASE_STATUS_LABELS, type CaseStatus } from '@app/cases';
import { idNumberHash, missingHouseholdFacts, phoneHash } from '@app/subjects';
import type { HouseholdImportRecord } from '../../domain/validate-row.js';
import { importKey, ImportLookupRepository, LOCKED_CASE_STATUSES, type WrittenSubject } from '../shared/import-lookup.repository.js';
import { UpsertChunkProcessor, type Resolution } from '../shared/upsert-chunk.processor.js';
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
export class HouseholdChunkProcessor extends UpsertChunkProcessor<HouseholdImportRecord, HouseholdWrite, StoredHousehold, WrittenSubject> {
  protected readonly codeHeader = '户编号';

  constructor(
    lookups: ImportLookupRepository,
    private readonly households: HouseholdImportRepository,
  ) {
    super(lookups);
  }

  protected async resolve(items: Array<{ record: HouseholdImportRecord; projectId: string }>): Promise<Array<Resolution<HouseholdWrite>>> {
    const parcels = await this.lookups.parcelIds(
      [...new Set(items.map((i) => i.projectId))],
      [...new Set(items.map((i) => i.record.parcelCode))],
    );
    return items.map(({ record: { projectCode, parcelCode, ...record }, projectId }) => {
      const parcelId = parcels.get(importKey(projectId, parcelCode));
      if (!parcelId) return { errors: [{ column: '地块编号', message: `项目 ${projectCode} 中没有地块 ${parcelCode}` }] };
      return { write: { ...record, projectId, parcelId } };
    });
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
      stored.remarks !== row.remarks
    );
  }

  protected locked(stored: StoredHousehold, row: HouseholdWrite): string | null {
    if (!stored.caseStatus || !LOCKED_CASE_STATUSES.includes(stored.caseStatus)) return null;
    const label = CASE_STATUS_LABELS[stored.caseStatus as CaseStatus];
    return `户 ${row.code} 的案件已处于“${label}”状态，摸底信息只能通过案件办理修改，不能通过导入修改`;
  }

  protected upsert(writes: HouseholdWrite[]): Promise<WrittenSubject[]> {
    return this.households.upsert(writes);
  }

  protected override async afterWrite(written: WrittenSubject[], writes: ReadonlyMap<string, HouseholdWrite>, actor: string): Promise<void> {
    const byStatus = new Map<CaseStatus, WrittenSubject[]>();
    for (const w of written.filter((x) => x.inserted)) {
      const status = openingStatus(writes.get(importKey(w.projectId, w.code))!);
      byStatus.set(status, [...(byStatus.get(status) ?? []), w]);
    }
    for (const [status, households] of byStatus) await this.lookups.openCases('household', households, status, actor);
    await this.lookups.surveyFactsChanged('household', written.filter((w) => !w.inserted).map((w) => w.id), actor);
  }
}
