import { Injectable } from '@nestjs/common';
import { visibleProjectIds } from '@app/platform';
import { missingFacilityFacts } from '../domain/survey-facts.js';
import type { ListPage, SubjectRecord } from '../shared/subject.repository.js';
import { areaColumn, SubjectWriter, type SubjectKind } from '../shared/subject-writer.js';
import { CreateFacilityDto } from './dto/create-facility.dto.js';
import { ListFacilitiesQuery } from './dto/list-facilities.query.js';
import { UpdateFacilityDto } from './dto/update-facility.dto.js';
import { MunicipalFacility } from './facility.entity.js';
import { FacilityRepository } from './facility.repository.js';

export type FacilityRecord = SubjectRecord<MunicipalFacility>;

function facilityColumns(dto: Partial<CreateFacilityDto>): Partial<MunicipalFacility> {
  return {
    code: dto.code,
    kind: dto.kind,
    ownerUnit: dto.ownerUnit,
    description: dto.description,
    quantity: areaColumn(dto.quantity),
    unit: dto.unit,
    remarks: dto.remarks,
  } as Partial<MunicipalFacility>;
}

@Injectable()
export class FacilityService {
  private readonly kind: SubjectKind<MunicipalFacility>;

  constructor(
    private readonly facilities: FacilityRepository,
    private readonly writer: SubjectWriter,
  ) {
    this.kind = { type: 'facility', noun: '该市政设施', codeLabel: '设施编号', repository: facilities, contactFields: ['remarks'] };
  }

  /** One page of the municipal facilities the caller may see, with their case status. */
  list(query: ListFacilitiesQuery): Promise<ListPage<FacilityRecord>> {
    return this.facilities.findPage(query, visibleProjectIds());
  }

  /** A facility, or 404 (also outside the caller's projects). */
  get(id: string): Promise<FacilityRecord> {
    return this.writer.get(this.kind, id);
  }

  /** Records a surveyed facility and opens its case. */
  async create(dto: CreateFacilityDto): Promise<FacilityRecord> {
    return this.get(await this.writer.create(this.kind, dto, { ...facilityColumns(dto), code: dto.code }));
  }

  /** Changes a facility (optimistic lock on `version`). */
  async update(id: string, dto: UpdateFacilityDto): Promise<FacilityRecord> {
    await this.writer.update(this.kind, id, { version: dto.version, parcelCode: dto.parcelCode, fields: facilityColumns(dto) });
    return this.get(id);
  }

  /** Required survey facts still missing (Chinese names), for the case lifecycle. */
  async missingSurveyFacts(id: string): Promise<string[]> {
    const facility = await this.facilities.findById(id);
    return facility ? missingFacilityFacts(facility) : ['设施信息'];
  }
}
