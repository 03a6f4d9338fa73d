import { ConsolidationPlan, ConsolidationPlanItem } from './plan/consolidation-plan.entity.js';
import { LandOwnership } from './ownership.entity.js';

/** The ownership register's entities (集体土地所有权, 归并方案). */
export const ownershipEntities: (new () => object)[] = [LandOwnership, ConsolidationPlan, ConsolidationPlanItem];
