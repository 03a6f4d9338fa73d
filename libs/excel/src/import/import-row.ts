import type { RowResult } from '../domain/validate-row.js';
import type { RejectionError } from './import-rejection.entity.js';

/** A non-blank data row read from the file and validated, waiting for its chunk to be written. */
export interface PendingRow<T> {
  rowNumber: number;
  /** The cells as uploaded (ExcelJS `row.values`, 1-based). */
  values: readonly unknown[];
  result: RowResult<T>;
  /** The earlier row that used the same key in this file, if any (first row wins). */
  duplicateOf?: number;
}

/** What a chunk processor decided: the counts it wrote (or would write) and the rejected rows. */
export interface ChunkOutcome {
  created: number;
  updated: number;
  unchanged: number;
  rejections: Array<{ rowNumber: number; values: readonly unknown[]; errors: RejectionError[] }>;
}

/** Writes (or, for a dry run, only classifies) one chunk of validated rows of one import kind. */
export interface ChunkProcessor<T> {
  /** The key that must be unique within a file, or null for a row without a usable key. */
  keyOf(record: T): string[];
  /** Runs inside the chunk's transaction, as the uploader (the job's actor: history rows name them). */
  process(rows: PendingRow<T>[], options: { dryRun: boolean }): Promise<ChunkOutcome>;
}
