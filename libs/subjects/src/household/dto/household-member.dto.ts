import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MEMBER_RELATIONS, RECOGNITION_BASES, type MemberRelation, type RecognitionBasis } from '../../domain/subject-values.js';
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

  @ApiPropertyOptional({ enum: RECOGNITION_BASES, nullable: true, description: '认定依据（户籍、婚入、新生、其他）；有认定依据的成员计入认定人口' })
  @IsOptional()
  @IsIn(RECOGNITION_BASES, { message: `认定依据只能是 ${RECOGNITION_BASES.join('、')} 之一` })
  recognitionBasis?: RecognitionBasis | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '认定证明材料', example: '户口簿' })
  @TextField(200, { optional: true })
  recognitionEvidence?: string | null;
}
