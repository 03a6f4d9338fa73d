import { Injectable } from '@nestjs/common';
import type { EnterpriseImportRecord } from '../../domain/validate-row.js';
import { ImportLookupRepository, type WrittenSubject } from '../shared/import-lookup.repository.js';
import { SubjectChunkProcessor } from '../shared/subject-chunk.processor.js';
import { EnterpriseImportRepository, type EnterpriseWrite, type StoredEnterprise } from './enterprise-import.repository.js';

/** Fields compared to tell an update from an unchanged row. */
const FACTS = ['parcelId', 'name', 'creditCode', 'legalRepresentative', 'landArea', 'buildingArea', 'employees', 'businessType', 'remarks'] as const;

/**
 * One chunk of the enterprises import: resolves parcel codes, upserts, and opens the case of each
 * new enterprise in `surveying` (as EnterpriseService.create does).
 */
@Injectable()
export class EnterpriseChunkProcessor extends SubjectChunkProcessor<EnterpriseImportRecord, EnterpriseWrite, StoredEnterprise> {
  protected readonly codeHeader = '企业编号';
  protected readonly subjectLabel = '企业';

  constructor(
    lookups: ImportLookupRepository,
    private readonly enterprises: EnterpriseImportRepository,
  ) {
    super(lookups);
  }


  protected existing(writes: EnterpriseWrite[]): Promise<Map<string, StoredEnterprise>> {
    return this.enterprises.existing(writes);
  }

  protected differs(stored: StoredEnterprise, row: EnterpriseWrite): boolean {
    return FACTS.some((f) => stored[f] !== row[f]);
  }


  protected upsert(writes: EnterpriseWrite[]): Promise<WrittenSubject[]> {
    return this.enterprises.upsert(writes);
  }

  protected override async afterWrite(written: WrittenSubject[], _writes: ReadonlyMap<string, EnterpriseWrite>, actor: string): Promise<void> {
    await this.lookups.openCases('enterprise', written.filter((w) => w.inserted), 'surveying', actor);
    await this.lookups.surveyFactsChanged('enterprise', written.filter((w) => !w.inserted).map((w) => w.id), actor);
  }
}
