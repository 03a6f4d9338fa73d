import { Parcel } from './parcel/parcel.entity.js';
import { Project } from './project/project.entity.js';

export * from './domain/land-status.js';
export { checkParcelChange, PARCEL_HANDOVER_CAUSE, type ParcelCaseCounts } from './domain/parcel-status-change.js';
export { ParcelCasesRegistry, type ParcelCaseCounter } from './parcel/parcel-cases.registry.js';
export { LandModule } from './land.module.js';
export {
  LandBulkRepository,
  LOCKED_PARCEL_STATUS,
  type ParcelUpsert,
  type ParcelUpsertResult,
  type StoredParcelFacts,
} from './parcel/land-bulk.repository.js';
export { parcelView, projectView } from './land.view.js';
export { Parcel } from './parcel/parcel.entity.js';
export { ParcelService } from './parcel/parcel.service.js';
export { Project } from './project/project.entity.js';
export { LandProjectDirectory, ProjectDirectoryModule, standaloneProjectDirectory } from './project/project-directory.js';
export { DEFAULT_ACQUIRER, ProjectService } from './project/project.service.js';

/** Entities owned by the land library. */
export const landEntities = [Project, Parcel];
