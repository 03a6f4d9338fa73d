import { Job } from '@app/platform';

/** Runs one import batch (households, enterprises or parcels) from its stored upload. */
export class ImportJob extends Job<{ batchId: string }> {}
