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
export { TrackLoader } from './track/track-loader.js';
export * from './domain/choosing-order.js';
export * from './domain/allocation-rules.js';
export { ChoosingService, type RoundState } from './choosing/choosing.service.js';
export { AllocationService, ALLOCATION_OWNER } from './allocation/allocation.service.js';
export { AllocationRepository, type AllocationRow } from './allocation/allocation.repository.js';
export { deriveTrack, type DerivedTrack, type TrackFacts } from './domain/transitional-track.js';
export { TransitionalFeeAccrual, TransitionalFeeBatch } from './fee/fee.entity.js';
export { FeeRepository, type AccrualCounts, type BatchLine } from './fee/fee.repository.js';
export { FeeService, lastCompleteMonth } from './fee/fee.service.js';
export { accrualSql } from './fee/accrual.sql.js';
export { TransitionalFeeAccrualJob, ACCRUAL_SCHEDULE } from './fee/accrual.job.js';
export { accrueMonth, accrueThrough, addMonths, monthOf, monthsBetween, type AccrualHousehold, type MonthAccrual } from './domain/transitional-fee.js';
export { BaseRepository } from './base/base.repository.js';
export { BaseService } from './base/base.service.js';
export { UnitRepository, type UnitRow, type UnitWrite } from './unit/unit.repository.js';
export { UnitService } from './unit/unit.service.js';
export * from './domain/base-stage.js';
export * from './domain/unit-rules.js';
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
