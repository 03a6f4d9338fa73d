import { AnnualTarget, TargetProgressEntry } from './target/target.entity.js';

export { TargetsModule } from './targets.module.js';
export { AnnualTarget, TargetProgressEntry } from './target/target.entity.js';
export * from './domain/target-measures.js';
export * from './domain/forecast.js';
export { TargetRepository } from './target/target.repository.js';

/** Every entity of the leadership library (targets, time nodes, dashboard summaries). */
export const targetsEntities: (new () => object)[] = [AnnualTarget, TargetProgressEntry];
