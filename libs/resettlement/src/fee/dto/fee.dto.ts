import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PAYMENT_METHODS } from '@app/compensation';
import { IsCalendarDateText, PageQueryDto, Trim } from '@app/platform';

// A real month: 01–12 (a bare digit match let 2013-13 through to the database, a 500).
const MONTH = /^\d{4}-(0[1-9]|1[0-2])(-01)?$/;

export class RunAccrualDto {
  @ApiPropertyOptional({ description: '计提月份（计提至该月，YYYY-MM 或该月 1 日；默认上个月）', example: '2026-11' })
  @IsOptional()
  @Matches(MONTH, { message: '计提月份必须是 YYYY-MM' })
  throughMonth?: string;
}

export class TransitionalStockQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(30)
  project?: string;

  @ApiPropertyOptional({ description: '安置基地编号（已分配该基地房源的过渡户）', example: 'EL' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(30)
  base?: string;

  @ApiPropertyOptional({ format: 'date', description: '起始腾地日期（只列此日及以后腾地的户，YYYY-MM-DD）' })
  @IsOptional()
  @IsCalendarDateText('起始腾地日期')
  since?: string;
}

export class ClearanceQueryDto {
  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(30)
  project?: string;

  @ApiPropertyOptional({ type: 'integer', description: '起始年份（默认今年；数据止于往年时为其最后一年），列出该年及其后两年' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class FeeBatchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(30)
  project?: string;
}

export class CreateFeeBatchDto {
  @ApiProperty({ description: '项目编号', example: 'GJ17' })
  @Trim()
  @IsString({ message: '请选择项目' })
  @MaxLength(30)
  projectCode: string;

  @ApiProperty({ description: '截至月份（YYYY-MM：包含截至该月的未支付过渡费）', example: '2026-11' })
  @Matches(MONTH, { message: '截至月份必须是 YYYY-MM' })
  throughMonth: string;
}

export class PayFeeBatchDto {
  @ApiProperty({ format: 'date', description: '支付日期（YYYY-MM-DD）', example: '2026-12-05' })
  @IsCalendarDateText('支付日期')
  paidOn: string;

  @ApiProperty({ enum: PAYMENT_METHODS, description: '支付方式' })
  @IsIn(PAYMENT_METHODS, { message: '支付方式必须是银行转账、支票或现金' })
  method: (typeof PAYMENT_METHODS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, description: '银行流水号' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  bankReference?: string | null;
}

/** A month (`YYYY-MM` or `YYYY-MM-01`) as its first day. */
export const firstDay = (month: string): string => `${month.slice(0, 7)}-01`;
