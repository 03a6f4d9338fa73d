import { IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { VersionDto } from '../../shared/subject.dto.js';
import { CreateHouseholdDto } from './create-household.dto.js';

/**
 * Every field of a household except its project, each optional (`null` clears an optional one),
 * plus the version read. `members`, when given, replaces the whole list.
 */
export class UpdateHouseholdDto extends IntersectionType(
  PartialType(OmitType(CreateHouseholdDto, ['projectCode'] as const), { skipNullProperties: false }),
  VersionDto,
) {}
