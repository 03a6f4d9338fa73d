import { ApiProperty } from '@nestjs/swagger';
import { areaView, SubjectPageOf, SubjectView, withSubjectBase } from '../shared/subject.view.js';
import type { EnterpriseRecord } from './enterprise.service.js';

/** An enterprise as the API returns it. */
export class EnterpriseView extends SubjectView {
  @ApiProperty()
  name!: string;

  @ApiProperty({ description: '统一社会信用代码' })
  creditCode!: string;

  @ApiProperty()
  legalRepresentative!: string;

  @ApiProperty({ type: String, nullable: true, description: '占地面积（平方米，两位小数）' })
  landArea!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '建筑面积（平方米，两位小数）' })
  buildingArea!: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  employees!: number | null;

  @ApiProperty({ type: String, nullable: true })
  businessType!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '停产停业月数' })
  suspensionMonths!: number | null;

  @ApiProperty({ type: String, nullable: true, description: '停产停业损失月度金额（元/月，两位小数）' })
  monthlyLoss!: string | null;
}

export class EnterprisePage extends SubjectPageOf(EnterpriseView) {}

/** An enterprise as the API returns it. */
export function enterpriseView(e: EnterpriseRecord): EnterpriseView {
  return withSubjectBase(e, {
    name: e.name,
    creditCode: e.creditCode,
    legalRepresentative: e.legalRepresentative,
    landArea: areaView(e.landArea),
    buildingArea: areaView(e.buildingArea),
    employees: e.employees,
    businessType: e.businessType,
    suspensionMonths: e.suspensionMonths,
    monthlyLoss: areaView(e.monthlyLoss),
  });
}
