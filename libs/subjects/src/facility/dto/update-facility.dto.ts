import { IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { VersionDto } from '../../shared/subject.dto.js';
import { CreateFacilityDto } from './create-facility.dto.js';

/** Every field of a facility except its project, each optional, plus the version read. */
export class UpdateFacilityDto extends IntersectionType(
  PartialType(OmitType(CreateFacilityDto, ['projectCode'] as const), { skipNullProperties: false }),
  VersionDto,
) {}
