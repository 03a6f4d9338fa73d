import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Max, Min, MinLength, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { IsAreaValue } from '@app/platform';
import { DUPLICATE_HEAD_REASON_MAX, DUPLICATE_HEAD_REASON_MIN } from '../../domain/duplicate-head.js';
import { HOUSE_STRUCTURES, type HouseStructure } from '../../domain/subject-values.js';
import { SubjectLocationDto } from '../../shared/subject.dto.js';
import { IdNumberField, PastDateField, PhoneField, SubjectCodeField, TextField, YearField } from '../../shared/subject-fields.js';
import { HouseholdMemberDto } from './household-member.dto.js';

/** Positions (1-based) of the first two members with the same ID number, if any. */
function duplicateIdNumber(members: unknown): [number, number] | undefined {
  if (!Array.isArray(members)) return undefined;
  const seen = new Map<string, number>();
  for (const [index, m] of (members as Array<{ idNumber?: unknown }>).entries()) {
    if (typeof m?.idNumber !== 'string') continue;
    const first = seen.get(m.idNumber);
    if (first !== undefined) return [first + 1, index + 1];
    seen.set(m.idNumber, index);
  }
  return undefined;
}

export class CreateHouseholdDto extends SubjectLocationDto {
  @ApiProperty({ description: '户编号（项目内唯一）', example: 'GJ17-0001' })
  @SubjectCodeField('户编号')
  code: string;

  @ApiProperty({ description: '所在村', example: '二联村' })
  @TextField(50)
  village: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '村民小组', example: '3组' })
  @TextField(30, { optional: true })
  group?: string | null;

  @ApiProperty({ description: '户主姓名', example: '张建国' })
  @TextField(50)
  headName: string;

  @ApiProperty({ description: '户主身份证号（18 位）', example: '11010519491231002X' })
  @IdNumberField('户主身份证号')
  headIdNumber: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: `重复户主原因（一人多户：户主身份证号已是本项目其他户的户主时必填，${DUPLICATE_HEAD_REASON_MIN}–${DUPLICATE_HEAD_REASON_MAX} 字；不填则拒绝，422，details 中 rule 为 duplicate-head）`,
    example: '户主在本项目另有一处宅基地，经村委会核实',
  })
  @TextField(DUPLICATE_HEAD_REASON_MAX, { optional: true })
  @MinLength(DUPLICATE_HEAD_REASON_MIN)
  duplicateHeadReason?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '联系电话', example: '13812345678' })
  @PhoneField('联系电话')
  phone?: string | null;

  @ApiProperty({ description: '户籍人数', example: 3, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  registeredPersons: number;

  @ApiPropertyOptional({ type: String, nullable: true, description: '宅基地面积（平方米，最多两位小数）', example: '150.00' })
  @IsOptional()
  @IsAreaValue('宅基地面积')
  homesteadArea?: string | null;

  @ApiProperty({ description: '合法建筑面积（有证，平方米，最多两位小数）', example: '120.50' })
  @IsAreaValue('合法建筑面积')
  licensedArea: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '无证建筑面积（平方米，最多两位小数）', example: '20.00' })
  @IsOptional()
  @IsAreaValue('无证建筑面积')
  unlicensedArea?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '证载面积（平方米，最多两位小数）', example: '120.50' })
  @IsOptional()
  @IsAreaValue('证载面积')
  certifiedArea?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '测绘面积（平方米，最多两位小数）', example: '121.30' })
  @IsOptional()
  @IsAreaValue('测绘面积')
  surveyedArea?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '认定面积（平方米，最多两位小数）', example: '120.50' })
  @IsOptional()
  @IsAreaValue('认定面积')
  recognisedArea?: string | null;

  @ApiPropertyOptional({ type: Boolean, description: '低保户' })
  @IsOptional()
  @IsBoolean({ message: '低保户只能是 true 或 false' })
  lowIncome?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: '家中有残疾人' })
  @IsOptional()
  @IsBoolean({ message: '残疾只能是 true 或 false' })
  disabled?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: '独生子女户' })
  @IsOptional()
  @IsBoolean({ message: '独生子女只能是 true 或 false' })
  onlyChild?: boolean;

  @ApiPropertyOptional({ description: '房屋结构', enum: HOUSE_STRUCTURES })
  @IsOptional()
  @IsIn(HOUSE_STRUCTURES, { message: `房屋结构只能是 ${HOUSE_STRUCTURES.join('、')} 之一` })
  structure?: HouseStructure | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '建造年份', example: 1995 })
  @YearField('建造年份', 1949)
  yearBuilt?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '摸底日期（YYYY-MM-DD，不晚于今天）', example: '2013-03-01' })
  @PastDateField('摸底日期')
  surveyedOn?: string | null;

  @ApiPropertyOptional({ description: '家庭成员（最多 30 人；提供时整体替换）', type: [HouseholdMemberDto] })
  @ValidateIf((_o, value) => value !== undefined)
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => HouseholdMemberDto)
  @ValidateBy({
    name: 'uniqueMemberIdNumbers',
    validator: {
      validate: (members: unknown) => duplicateIdNumber(members) === undefined,
      // Never echo the number itself: error answers may end up in logs and screenshots.
      defaultMessage: (args) => {
        const [first, second] = duplicateIdNumber(args?.value) ?? [0, 0];
        return `家庭成员身份证号重复：第 ${first} 人与第 ${second} 人相同`;
      },
    },
  })
  members?: HouseholdMemberDto[];
}
