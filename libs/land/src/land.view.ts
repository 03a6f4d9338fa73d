import { ApiProperty } from '@nestjs/swagger';
import { ApiCalendarDate, PageOf } from '@app/platform';
import { LAND_OWNERSHIPS, PARCEL_STATUSES, PROJECT_STATUSES, type LandOwnership, type ParcelStatus, type ProjectStatus } from './domain/land-status.js';
import type { Parcel } from './parcel/parcel.entity.js';
import type { Project } from './project/project.entity.js';

/** A project as the API returns it. */
export class ProjectView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'GJ17' })
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  zone!: string | null;

  @ApiProperty({ description: '征收单位' })
  acquirer!: string;

  @ApiProperty({ enum: PROJECT_STATUSES, enumName: 'ProjectStatus' })
  status!: ProjectStatus;

  @ApiCalendarDate({ nullable: true, description: '计划开始日期' })
  plannedStartOn!: string | null;

  @ApiCalendarDate({ nullable: true, description: '计划完成日期' })
  plannedEndOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

export class ProjectPage extends PageOf(ProjectView) {}

/** A parcel as the API returns it. */
export class ParcelView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  projectCode!: string;

  @ApiProperty()
  village!: string;

  @ApiProperty({ enum: LAND_OWNERSHIPS, enumName: 'LandOwnership' })
  landOwnership!: LandOwnership;

  @ApiProperty({ description: '面积（平方米，两位小数）', example: '12000.00' })
  area!: string;

  @ApiProperty({ enum: PARCEL_STATUSES, enumName: 'ParcelStatus' })
  status!: ParcelStatus;

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

export class ParcelPage extends PageOf(ParcelView) {}

/** A project as the API returns it. */
export function projectView(p: Project): ProjectView {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    zone: p.zone,
    acquirer: p.acquirer,
    status: p.status,
    plannedStartOn: p.plannedStartOn,
    plannedEndOn: p.plannedEndOn,
    remarks: p.remarks,
    version: p.version,
  };
}

/** A parcel as the API returns it. */
export function parcelView(p: Parcel, projectCode: string): ParcelView {
  return {
    id: p.id,
    code: p.code,
    projectCode,
    village: p.village,
    landOwnership: p.landOwnership,
    area: p.area,
    status: p.status,
    remarks: p.remarks,
    version: p.version,
  };
}
