import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsAreaValue } from '@app/platform';
import { SubjectLocationDto } from '../../shared/subject.dto.js';
import { SubjectCodeField, TextField } from '../../shared/subject-fields.js';

export class CreateLegacyBaseDto extends SubjectLocationDto {
  @ApiProperty({ description: '遗留基地编号（项目内唯一）', example: 'GJ17-YL-001' })
  @SubjectCodeField('遗留基地编号')
  code: string;

  @ApiProperty({ description: '基地名称', example: '原318国道拓宽遗留地块' })
  @TextField(100)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '原项目', example: '318国道拓宽工程' })
  @TextField(100, { optional: true })
  originalProject?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '面积（平方米，最多两位小数）', example: '3500.00' })
  @IsOptional()
  @IsAreaValue('面积')
  area?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '剩余户数', example: 4, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  householdsRemaining?: number | null;
}
