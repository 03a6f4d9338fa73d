import { Injectable } from '@nestjs/common';
import { visibleProjectIds } from '@app/platform';
import { missingEnterpriseFacts } from '../domain/survey-facts.js';
import type { ListPage, SubjectRecord } from '../shared/subject.repository.js';
import { areaColumn, SubjectWriter, type SubjectKind } from '../shared/subject-writer.js';
import { CreateEnterpriseDto } from './dto/create-enterprise.dto.js';
import { ListEnterprisesQuery } from './dto/list-enterprises.query.js';
import { UpdateEnterpriseDto } from './dto/update-enterprise.dto.js';
import { Enterprise } from './enterprise.entity.js';
import { EnterpriseRepository } from './enterprise.repository.js';

export type EnterpriseRecord = SubjectRecord<Enterprise>;

function enterpriseColumns(dto: Partial<CreateEnterpriseDto>): Partial<Enterprise> {
  return {
    code: dto.code,
    name: dto.name,
    creditCode: dto.creditCode,
    legalRepresentative: dto.legalRepresentative,
    landArea: areaColumn(dto.landArea),
    buildingArea: areaColumn(dto.buildingArea),
    employees: dto.employees,
    suspensionMonths: dto.suspensionMonths,
    monthlyLoss: areaColumn(dto.monthlyLoss),
    businessType: dto.businessType,
    remarks: dto.remarks,
  } as Partial<Enterprise>;
}

@Injectable()
export class EnterpriseService {
  private readonly kind: SubjectKind<Enterprise>;

  constructor(
    private readonly enterprises: EnterpriseRepository,
    private readonly writer: SubjectWriter,
  ) {
    this.kind = { type: 'enterprise', noun: '该企业', codeLabel: '企业编号', repository: enterprises, contactFields: ['remarks'] };
  }

  /** One page of the enterprises the caller may see, with their case status. */
  list(query: ListEnterprisesQuery): Promise<ListPage<EnterpriseRecord>> {
    return this.enterprises.findPage(query, visibleProjectIds());
  }

  /** An enterprise, or 404 (also outside the caller's projects). */
  get(id: string): Promise<EnterpriseRecord> {
    return this.writer.get(this.kind, id);
  }

  /** Records a surveyed enterprise and opens its case. */
  async create(dto: CreateEnterpriseDto): Promise<EnterpriseRecord> {
    return this.get(await this.writer.create(this.kind, dto, { ...enterpriseColumns(dto), code: dto.code }));
  }

  /** Changes an enterprise (optimistic lock on `version`). */
  async update(id: string, dto: UpdateEnterpriseDto): Promise<EnterpriseRecord> {
    await this.writer.update(this.kind, id, { version: dto.version, parcelCode: dto.parcelCode, fields: enterpriseColumns(dto) });
    return this.get(id);
  }

  /** Required survey facts still missing (Chinese names), for the case lifecycle. */
  async missingSurveyFacts(id: string): Promise<string[]> {
    const enterprise = await this.enterprises.findById(id);
    return enterprise ? missingEnterpriseFacts(enterprise) : ['企业信息'];
  }
}
