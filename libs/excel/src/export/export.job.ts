import { Job } from '@app/platform';

/** Writes the file of one export batch. The payload carries the batch id only. */
export class ExportJob extends Job<{ exportId: string }> {}
