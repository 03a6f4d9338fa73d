import { ApiProperty } from '@nestjs/swagger';
import { formatArea } from '@app/platform';
import { FACILITY_KINDS, type FacilityKind } from '../domain/subject-values.js';
import { SubjectPageOf, SubjectView, withSubjectBase } from '../shared/subject.view.js';
import type { FacilityRecord } from './facility.service.js';

/** A municipal facility as the API returns it. */
export class FacilityView extends SubjectView {
  @ApiProperty({ enum: FACILITY_KINDS, enumName: 'FacilityKind' })
  kind!: FacilityKind;

  @ApiProperty()
  ownerUnit!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ description: '数量（两位小数）', example: '120.00' })
  quantity!: string;

  @ApiProperty({ example: '米' })
  unit!: string;
}

export class FacilityPage extends SubjectPageOf(FacilityView) {}

/** A municipal facility as the API returns it. */
export function facilityView(f: FacilityRecord): FacilityView {
  return withSubjectBase(f, {
    kind: f.kind,
    ownerUnit: f.ownerUnit,
    description: f.description,
    quantity: formatArea(f.quantity),
    unit: f.unit,
  });
}
