import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsAreaValue, IsCalendarDateText } from '@app/platform';
import { AGREEMENT_METHODS, TRANSITION_METHODS, type AgreementMethod, type TransitionMethod } from '../agreement.entity.js';


export class DraftAgreementDto {
  @ApiProperty({ enum: AGREEMENT_METHODS, enumName: 'AgreementMethod', description: '补偿方式：货币补偿 / 产权调换' })
  @IsIn(AGREEMENT_METHODS, { message: '补偿方式只能是 monetary（货币补偿）或 swap（产权调换）' })
  method: AgreementMethod;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: '付款期限（YYYY-MM-DD）', example: '2013-07-31' })
  @IsOptional()
  @IsCalendarDateText('付款期限')
  paymentDeadline?: string | null;

  @ApiPropertyOptional({ enum: TRANSITION_METHODS, enumName: 'TransitionMethod', nullable: true, description: '过渡方式：货币过渡 / 周转房过渡' })
  @IsOptional()
  @IsIn(TRANSITION_METHODS, { message: '过渡方式只能是 monetary（货币过渡）或 turnover_flat（周转房）' })
  transitionMethod?: TransitionMethod | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '过渡期限（月）', example: 24 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  transitionMonths?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '产权调换：安置房地点', example: '二联小高层基地' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  swapLocation?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '产权调换：安置房面积（平方米）', example: '125.00' })
  @IsOptional()
  @IsAreaValue('安置房面积')
  swapArea?: string | null;
}

export class SignAgreementDto {
  @ApiProperty({ format: 'date', description: '签约日期（YYYY-MM-DD）', example: '2013-06-01' })
  @IsCalendarDateText('签约日期')
  signedOn: string;
}

export class VoidAgreementDto {
  @ApiProperty({ description: '作废原因', example: '家庭成员对安置方式有异议，协议作废重签' })
  @IsString()
  @MinLength(2, { message: '作废原因至少 2 个字' })
  @MaxLength(200)
  reason: string;
}
