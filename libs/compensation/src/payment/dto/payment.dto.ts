import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDateText, PageQueryDto } from '@app/platform';
import { PAYMENT_METHODS, type PaymentMethod } from '../payment.entity.js';

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

export class RecordPaymentDto {
  @ApiProperty({ description: '支付金额（元，最多两位小数，大于 0）', example: '100000.00' })
  @Matches(AMOUNT, { message: '支付金额必须是金额，最多两位小数' })
  amount: string;

  @ApiProperty({ format: 'date', description: '支付日期（YYYY-MM-DD）', example: '2013-06-15' })
  @IsCalendarDateText('支付日期')
  paidOn: string;

  @ApiProperty({ enum: PAYMENT_METHODS, enumName: 'PaymentMethod', description: '支付方式' })
  @IsIn(PAYMENT_METHODS, { message: `支付方式只能是 ${PAYMENT_METHODS.join('、')} 之一` })
  method: PaymentMethod;

  @ApiPropertyOptional({ type: String, nullable: true, description: '银行流水号 / 票据号', example: 'ICBC20130615-0001' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  bankReference?: string | null;
}

export class ReversePaymentDto {
  @ApiProperty({ description: '冲正金额（元，不超过该笔支付尚未冲正的部分）', example: '100000.00' })
  @Matches(AMOUNT, { message: '冲正金额必须是金额，最多两位小数' })
  amount: string;

  @ApiProperty({ description: '冲正原因', example: '收款账号有误，银行退回' })
  @IsString()
  @MinLength(2, { message: '冲正原因至少 2 个字' })
  @MaxLength(200)
  reason: string;

  @ApiPropertyOptional({ format: 'date', description: '冲正日期（默认今天）', example: '2013-06-20' })
  @IsOptional()
  @IsCalendarDateText('冲正日期')
  paidOn?: string;
}

export class ListPaymentsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  project?: string;

  @ApiPropertyOptional({ format: 'date', description: '支付日期起（含）' })
  @IsOptional()
  @IsCalendarDateText('支付日期起')
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: '支付日期止（含）' })
  @IsOptional()
  @IsCalendarDateText('支付日期止')
  to?: string;
}
