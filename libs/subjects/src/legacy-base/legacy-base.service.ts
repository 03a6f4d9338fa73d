import { Injectable } from '@nestjs/common';
import { visibleProjectIds } from '@app/platform';
import { missingLegacyBaseFacts } from '../domain/survey-facts.js';
import type { ListPage, SubjectRecord } from '../shared/subject.repository.js';
import { areaColumn, SubjectWriter, type SubjectKind } from '../shared/subject-writer.js';
import { CreateLegacyBaseDto } from './dto/create-legacy-base.dto.js';
import { ListLegacyBasesQuery } from './dto/list-legacy-bases.query.js';
import { UpdateLegacyBaseDto } from './dto/update-legacy-base.dto.js';
import { LegacyBase } from './legacy-base.entity.js';
import { LegacyBaseRepository } from './legacy-base.repository.js';

export type LegacyBaseRecord = SubjectRecord<LegacyBase>;

function legacyBaseColumns(dto: Partial<CreateLegacyBaseDto>): Partial<LegacyBase> {
  return {
    code: dto.code,
    name: dto.name,
    originalProject: dto.originalProject,
    area: areaColumn(dto.area),
    // The column is never null: "none left" is zero.
    householdsRemaining: dto.householdsRemaining === null ? 0 : dto.householdsRemaining,
    remarks: dto.remarks,
  } as Partial<LegacyBase>;
}

@Injectable()
export class LegacyBaseService {
  private readonly kind: SubjectKind<LegacyBase>;

  constructor(
    private readonly bases: LegacyBaseRepository,
    private readonly writer: SubjectWriter,
  ) {
    this.kind = { type: 'legacy_base', noun: '该遗留基地', codeLabel: '遗留基地编号', repository: bases, contactFields: ['remarks'] };
  }

  /** One page of the legacy bases the caller may see, with their case status. */
  list(query: ListLegacyBasesQuery): Promise<ListPage<LegacyBaseRecord>> {
    return this.bases.findPage(query, visibleProjectIds());
  }

  /** A legacy base, or 404 (also outside the caller's projects). */
  get(id: string): Promise<LegacyBaseRecord> {
    return this.writer.get(this.kind, id);
  }

  /** Records a legacy base and opens its case. */
  async create(dto: CreateLegacyBaseDto): Promise<LegacyBaseRecord> {
    return this.get(await this.writer.create(this.kind, dto, { ...legacyBaseColumns(dto), code: dto.code }));
  }

  /** Changes a legacy base (optimistic lock on `version`). */
  async update(id: string, dto: UpdateLegacyBaseDto): Promise<LegacyBaseRecord> {
    await this.writer.update(this.kind, id, { version: dto.version, parcelCode: dto.parcelCode, fields: legacyBaseColumns(dto) });
    return this.get(id);
  }

  /** Required survey facts still missing (Chinese names), for the case lifecycle. */
  async missingSurveyFacts(id: string): Promise<string[]> {
    const base = await this.bases.findById(id);
    return base ? missingLegacyBaseFacts(base) : ['遗留基地信息'];
  }
}
