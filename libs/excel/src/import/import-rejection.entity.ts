import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { decryptField, encryptField } from '@app/platform';
import { ImportBatch } from './import-batch.entity.js';

/** One reason a row was rejected: its Chinese column header (null for the whole row) and what to fix. */
export interface RejectionError {
  column: string | null;
  message: string;
}

/**
 * The row's cells as uploaded, by 1-based column number (`{ "1": "GJ17-0001", "7": "3101…" }`).
 * Rejected rows carry 身份证号 and phones, so the whole object is stored encrypted like them.
 */
export type RejectedValues = Record<string, unknown>;

const encryptedJson = {
  to: (value: unknown) => (value === undefined || value === null ? value : encryptField(JSON.stringify(value))),
  from: (value: unknown) => (typeof value === 'string' ? (JSON.parse(decryptField(value)) as unknown) : value),
};

/** A rejected row of an import, with its Excel row number: what the error report is made of. */
@Entity('import_rejection')
export class ImportRejection {
  /** With `rowNumber` the key: a resumed run cannot record a row twice. */
  @PrimaryColumn({ type: 'uuid' })
  batchId: string;

  @ManyToOne(() => ImportBatch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batchId' })
  batch?: ImportBatch;

  /** Excel row number. */
  @PrimaryColumn({ type: 'int' })
  rowNumber: number;

  @Column({ name: 'valuesEncrypted', type: 'text', transformer: encryptedJson })
  values: RejectedValues;

  @Column({ type: 'jsonb' })
  errors: RejectionError[];
}
