import { IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { VersionDto } from '../../shared/subject.dto.js';
import { CreateEnterpriseDto } from './create-enterprise.dto.js';

/** Every field of an enterprise except its project, each optional, plus the version read. */
export class UpdateEnterpriseDto extends IntersectionType(
  PartialType(OmitType(CreateEnterpriseDto, ['projectCode'] as const), { skipNullProperties: false }),
  VersionDto,
) {}
