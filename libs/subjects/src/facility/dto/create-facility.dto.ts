import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsAreaValue } from '@app/platform';
import { FACILITY_KINDS, type FacilityKind } from '../../domain/subject-values.js';
import { SubjectLocationDto } from '../../shared/subject.dto.js';
import { SubjectCodeField, TextField } from '../../shared/subject-fields.js';

export class CreateFacilityDto extends SubjectLocationDto {
  @ApiProperty({ description: '设施编号（项目内唯一）', example: 'GJ17-SZ-001' })
  @SubjectCodeField('设施编号')
  code: string;

  @ApiProperty({ description: '设施类别', enum: FACILITY_KINDS, example: 'power' })
  @IsIn(FACILITY_KINDS, { message: `设施类别只能是 ${FACILITY_KINDS.join('、')} 之一` })
  kind: FacilityKind;

  @ApiProperty({ description: '产权单位', example: '国网上海市北供电公司' })
  @TextField(100)
  ownerUnit: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '设施说明', example: '10kV 架空线路' })
  @TextField(2000, { optional: true })
  description?: string | null;

  @ApiProperty({ description: '数量（最多两位小数）', example: '12' })
  @IsAreaValue('数量')
  quantity: string;

  @ApiProperty({ description: '计量单位（如 米、根、座）', example: '根' })
  @TextField(10)
  unit: string;
}
