import { Job } from '@app/platform';

/** Computes the rows of one recalculation preview. The payload carries the run id only. */
export class RecalculationJob extends Job<{ runId: string }> {}
