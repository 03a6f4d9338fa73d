import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const YUAN = /^\d{1,12}(\.\d{1,2})?$/;

/** A fixed amount agreed for a facility or legacy base, by the scheme item's code. */
export class AgreedAmountDto {
  @ApiProperty({ description: '补偿项目编码', example: 'SS-BC' })
  @IsString()
  @MaxLength(40)
  code: string;

  @ApiProperty({ description: '商定金额（元，最多两位小数）', example: '85000.00' })
  @Matches(YUAN, { message: '商定金额必须是不小于 0 的金额，最多两位小数' })
  amount: string;

  @ApiPropertyOptional({ description: '说明', example: '经产权单位协商确定' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  remark?: string;
}

export class CreateCalculationDto {
  @ApiPropertyOptional({ description: '测算日期（YYYY-MM-DD，签约奖励按此日期判断；默认今天）', format: 'date', example: '2013-06-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '测算日期必须是 YYYY-MM-DD' })
  asOf?: string;

  @ApiPropertyOptional({ description: '市政设施、遗留基地的商定金额', type: [AgreedAmountDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgreedAmountDto)
  agreed?: AgreedAmountDto[];
}
