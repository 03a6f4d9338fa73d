import { IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { VersionDto } from '../../shared/subject.dto.js';
import { CreateLegacyBaseDto } from './create-legacy-base.dto.js';

/** Every field of a legacy base except its project, each optional, plus the version read. */
export class UpdateLegacyBaseDto extends IntersectionType(
  PartialType(OmitType(CreateLegacyBaseDto, ['projectCode'] as const), { skipNullProperties: false }),
  VersionDto,
) {}
