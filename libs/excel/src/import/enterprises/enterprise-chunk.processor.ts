import { Injectable } from '@nestjs/common';
import { CASE_STATUS_LABELS, type CaseStatus } from '@app/cases';
import type { EnterpriseImportRecord } from '../../domain/validate-row.js';
import { importKey, ImportLookupRepository, LOCKED_CASE_STATUSES, type WrittenSubject } from '../shared/import-lookup.repository.js';
import { UpsertChunkProcessor, type Resolution } from '../shared/upsert-chunk.processor.js';
import { EnterpriseImportRepository, type EnterpriseWrite, type StoredEnterprise } from './enterprise-import.repository.js';

/** Fields compared to tell an update from an unchanged row. */
const FACTS = ['parcelId', 'name', 'creditCode', 'legalRepresentative', 'landArea', 'buildingArea', 'employees', 'businessType', 'remarks'] as const;

/**
 * One chunk of the enterprises import: resolves parcel codes, upserts, and opens the case of each
 * new enterprise in `surveying` (as EnterpriseService.create does).
 */
@Injectable()
export class EnterpriseChunkProcessor extends UpsertChunkProcessor<EnterpriseImportRecord, EnterpriseWrite, StoredEnterprise, WrittenSubject> {
  protected readonly codeHeader = '企业编号';

  constructor(
    lookups: ImportLookupRepository,
    private readonly enterprises: EnterpriseImportRepository,
  ) {
    super(lookups);
  }

  protected async resolve(items: Array<{ record: EnterpriseImportRecord; projectId: string }>): Promise<Array<Resolution<EnterpriseWrite>>> {
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

  protected existing(writes: EnterpriseWrite[]): Promise<Map<string, StoredEnterprise>> {
    return this.enterprises.existing(writes);
  }

  protected differs(stored: StoredEnterprise, row: EnterpriseWrite): boolean {
    return FACTS.some((f) => stored[f] !== row[f]);
  }

  protected locked(stored: StoredEnterprise, row: EnterpriseWrite): string | null {
    if (!stored.caseStatus || !LOCKED_CASE_STATUSES.includes(stored.caseStatus)) return null;
    const label = CASE_STATUS_LABELS[stored.caseStatus as CaseStatus];
    return `企业 ${row.code} 的案件已处于“${label}”状态，摸底信息只能通过案件办理修改，不能通过导入修改`;
  }

  protected upsert(writes: EnterpriseWrite[]): Promise<WrittenSubject[]> {
    return this.enterprises.upsert(writes);
  }

  protected override async afterWrite(written: WrittenSubject[], _writes: ReadonlyMap<string, EnterpriseWrite>, actor: string): Promise<void> {
    await this.lookups.openCases('enterprise', written.filter((w) => w.inserted), 'surveying', actor);
    await this.lookups.surveyFactsChanged('enterprise', written.filter((w) => !w.inserted).map((w) => w.id), actor);
  }
}
