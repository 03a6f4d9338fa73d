import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsAreaValue } from '@app/platform';
import { SubjectLocationDto } from '../../shared/subject.dto.js';
import { CreditCodeField, SubjectCodeField, TextField } from '../../shared/subject-fields.js';

export class CreateEnterpriseDto extends SubjectLocationDto {
  @ApiProperty({ description: '企业编号（项目内唯一）', example: 'GJ17-QY-001' })
  @SubjectCodeField('企业编号')
  code: string;

  @ApiProperty({ description: '企业名称', example: '上海徐泾五金制品厂' })
  @TextField(100)
  name: string;

  @ApiProperty({ description: '统一社会信用代码（18 位）', example: '91350100M000100Y43' })
  @CreditCodeField('统一社会信用代码')
  creditCode: string;

  @ApiProperty({ description: '法定代表人', example: '王明' })
  @TextField(50)
  legalRepresentative: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '占地面积（平方米，最多两位小数）', example: '2500.00' })
  @IsOptional()
  @IsAreaValue('占地面积')
  landArea?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '建筑面积（平方米，最多两位小数）', example: '1800.00' })
  @IsOptional()
  @IsAreaValue('建筑面积')
  buildingArea?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '从业人数', example: 35 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  employees?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '停产停业月数', example: 6 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  suspensionMonths?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '停产停业损失月度金额（元/月，最多两位小数）', example: '20000.00' })
  @IsOptional()
  @IsAreaValue('停产停业月度金额')
  monthlyLoss?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '经营类型', example: '制造业' })
  @TextField(50, { optional: true })
  businessType?: string | null;
}
