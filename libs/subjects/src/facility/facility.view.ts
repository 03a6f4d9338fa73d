import { areaView, subjectBaseView } from '../shared/subject.view.js';
import type { FacilityRecord } from './facility.service.js';

/** A municipal facility as the API returns it. */
export function facilityView(f: FacilityRecord) {
  return {
    ...subjectBaseView(f),
    kind: f.kind,
    ownerUnit: f.ownerUnit,
    description: f.description,
    quantity: areaView(f.quantity),
    unit: f.unit,
  };
}
