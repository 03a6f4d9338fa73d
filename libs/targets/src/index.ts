export { TargetsModule } from './targets.module.js';

/** Every entity of the leadership library (targets, time nodes, dashboard summaries). */
export const targetsEntities: (new () => object)[] = [];
