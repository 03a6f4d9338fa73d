import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportKind } from '../../domain/template-definition.js';

/** The form fields beside the uploaded `file`. */
export class CreateImportDto {
  @ApiProperty({ description: '导入类型', enum: IMPORT_KINDS, example: 'households' })
  @IsIn(IMPORT_KINDS, { message: `导入类型只能是 ${IMPORT_KINDS.map((k) => `${k}（${IMPORT_KIND_LABELS[k]}）`).join('、')} 之一` })
  kind: ImportKind;

  @ApiPropertyOptional({ description: '试导入：只校验并生成错误报告，不写入数据', default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value))
  @IsBoolean({ message: 'dryRun 只能是 true 或 false' })
  dryRun?: boolean;
}
