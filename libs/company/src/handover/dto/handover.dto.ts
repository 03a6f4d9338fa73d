import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDateText, Trim } from '@app/platform';

const AREA = /^\d{1,12}(\.\d{1,2})?$/;

export class CreateHandoverDto {
  @ApiProperty({ description: '移交的地块编号', example: 'GJ17-01' })
  @Trim()
  @IsString({ message: '请填写地块编号' })
  @MinLength(1, { message: '请填写地块编号' })
  @MaxLength(30)
  parcelCode: string;

  @ApiProperty({ format: 'date', description: '移交日期（YYYY-MM-DD）', example: '2014-03-01' })
  @IsCalendarDateText('移交日期')
  handedOverOn: string;

  @ApiProperty({ description: '移交面积（平方米，最多两位小数）', example: '12500.50' })
  @IsString({ message: '移交面积必须是数字文字，如 12500.50' })
  @Matches(AREA, { message: '移交面积必须是数字，最多两位小数' })
  area: string;

  @ApiProperty({ description: '镇方移交人员', example: '王强（动迁办）、李明' })
  @Trim()
  @IsString()
  @MinLength(1, { message: '请填写镇方移交人员' })
  @MaxLength(500)
  townPeople: string;

  @ApiProperty({ description: '公司方接收人员', example: '赵华（西虹桥公司）' })
  @Trim()
  @IsString()
  @MinLength(1, { message: '请填写公司方接收人员' })
  @MaxLength(500)
  companyPeople: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '备注' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  remarks?: string | null;
}

export class AcceptHandoverDto {
  @ApiProperty({ type: 'integer', description: '读取时的版本号' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1)
  version: number;
}

export class ReturnHandoverDto extends AcceptHandoverDto {
  @ApiProperty({ description: '退回原因', example: '地块内仍有建筑垃圾未清运' })
  @Trim()
  @IsString()
  @MinLength(2, { message: '请填写退回原因（至少 2 个字）' })
  @MaxLength(500)
  reason: string;
}

export class HandoverExclusionDto {
  @ApiProperty({ description: '排除原因（管理员填写）', example: '产权人长期下落不明，经镇政府批准先行移交' })
  @Trim()
  @IsString()
  @MinLength(4, { message: '请填写排除原因（至少 4 个字）' })
  @MaxLength(500)
  reason: string;
}
