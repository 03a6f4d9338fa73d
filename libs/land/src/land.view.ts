import type { Parcel } from './parcel/parcel.entity.js';
import type { Project } from './project/project.entity.js';

/** A project as the API returns it. */
export function projectView(p: Project) {
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
export function parcelView(p: Parcel, projectCode: string) {
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
