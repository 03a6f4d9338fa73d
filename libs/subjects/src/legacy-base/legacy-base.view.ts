import { areaView, subjectBaseView } from '../shared/subject.view.js';
import type { LegacyBaseRecord } from './legacy-base.service.js';

/** A legacy base as the API returns it. */
export function legacyBaseView(b: LegacyBaseRecord) {
  return {
    ...subjectBaseView(b),
    name: b.name,
    originalProject: b.originalProject,
    area: areaView(b.area),
    householdsRemaining: b.householdsRemaining,
  };
}
