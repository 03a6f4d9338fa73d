import { UnitAllocation } from './allocation/allocation.entity.js';
import { ResettlementBase, ResettlementBuilding } from './base/base.entity.js';
import { ChoosingEntry, ChoosingRound } from './choosing/choosing.entity.js';
import { TransitionalFeeAccrual, TransitionalFeeBatch } from './fee/fee.entity.js';
import { ResettlementTrackRecord } from './track/track.entity.js';
import { ResettlementUnit } from './unit/unit.entity.js';

export * from './domain/resettlement-labels.js';
export { ResettlementBase, ResettlementBuilding } from './base/base.entity.js';
export { ResettlementUnit } from './unit/unit.entity.js';
export { UnitAllocation } from './allocation/allocation.entity.js';
export { ChoosingEntry, ChoosingRound } from './choosing/choosing.entity.js';
export { ResettlementTrackRecord } from './track/track.entity.js';
export { TrackRepository, type TrackOpening } from './track/track.repository.js';
export { TrackService } from './track/track.service.js';
export { TransitionalFeeAccrual, TransitionalFeeBatch } from './fee/fee.entity.js';
export * from './domain/choosing-order.js';
export * from './domain/allocation-rules.js';
export { ChoosingService, type RoundState } from './choosing/choosing.service.js';
export { AllocationService, ALLOCATION_OWNER } from './allocation/allocation.service.js';
export { AllocationRepository, type AllocationRow, type UnitRow } from './allocation/allocation.repository.js';
export { ResettlementModule } from './resettlement.module.js';

/** Entities owned by the resettlement library. */
export const resettlementEntities = [
  ResettlementBase,
  ResettlementBuilding,
  ResettlementUnit,
  UnitAllocation,
  ChoosingRound,
  ChoosingEntry,
  ResettlementTrackRecord,
  TransitionalFeeAccrual,
  TransitionalFeeBatch,
];
