import { ApiProperty } from '@nestjs/swagger';
import { areaView, SubjectPageOf, SubjectView, withSubjectBase } from '../shared/subject.view.js';
import type { LegacyBaseRecord } from './legacy-base.service.js';

/** A legacy base as the API returns it. */
export class LegacyBaseView extends SubjectView {
  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  originalProject!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '面积（平方米，两位小数）' })
  area!: string | null;

  @ApiProperty({ type: 'integer', description: '剩余户数' })
  householdsRemaining!: number;
}

export class LegacyBasePage extends SubjectPageOf(LegacyBaseView) {}

/** A legacy base as the API returns it. */
export function legacyBaseView(b: LegacyBaseRecord): LegacyBaseView {
  return withSubjectBase(b, {
    name: b.name,
    originalProject: b.originalProject,
    area: areaView(b.area),
    householdsRemaining: b.householdsRemaining,
  });
}
