import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MEMBER_RELATIONS, type MemberRelation } from '../../domain/subject-values.js';
import { IdNumberField, TextField } from '../../shared/subject-fields.js';

export class HouseholdMemberDto {
  @ApiProperty({ description: '成员姓名', example: '张伟' })
  @TextField(50)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '成员身份证号（18 位）', example: '310118198001010015' })
  @IdNumberField('成员身份证号', { optional: true })
  idNumber?: string | null;

  @ApiProperty({ description: '与户主关系', enum: MEMBER_RELATIONS, example: 'child' })
  @IsIn(MEMBER_RELATIONS, { message: `与户主关系只能是 ${MEMBER_RELATIONS.join('、')} 之一` })
  relation: MemberRelation;
}
