import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportKind } from '../domain/template-definition.js';

export const IMPORT_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * One uploaded workbook and its import: PostgreSQL holds the truth about the work (the queue only
 * carries the id). Counters and `checkpointRow` advance in the same transaction as each chunk's rows.
 */
@Entity('import_batch')
@Index('idx_import_batch_user', ['userId', 'createdAt', 'id'])
/** Every user's history (an admin's), newest first, walked backward (migration `ListsAtScale`). */
@Index('idx_import_batch_created', ['createdAt', 'id'])
export class ImportBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ImportKind;

  /** The name the file was uploaded with (shown to the user only). */
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'bigint' })
  fileSize: string;

  /** SHA-256 of the stored file, hex. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Path of the stored upload, relative to DATA_DIR. */
  @Column({ type: 'varchar', length: 255 })
  storedPath: string;

  /** Validate and report only: no subject is written. */
  @Column({ type: 'boolean', default: false })
  dryRun: boolean;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status: ImportStatus;

  /** Non-blank data rows below the header (counted at upload). */
  @Column({ type: 'int', default: 0 })
  total: number;

  @Column({ type: 'int', default: 0 })
  processed: number;

  @Column({ type: 'int', default: 0 })
  created: number;

  @Column({ type: 'int', default: 0 })
  updated: number;

  @Column({ type: 'int', default: 0 })
  unchanged: number;

  @Column({ type: 'int', default: 0 })
  rejected: number;

  /** Excel row number of the last row whose chunk is committed; a resumed run starts below it. */
  @Column({ type: 'int', default: 0 })
  checkpointRow: number;

  /** Excel row number of the header. */
  @Column({ type: 'int' })
  headerRow: number;

  /** Column number (1-based) of each template field present in the file. */
  @Column({ type: 'jsonb' })
  columnMap: Record<string, number>;

  /** The uploader: the job runs with their roles and projects as they are when it runs. */
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 50 })
  username: string;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** When the stored file was deleted by the retention rule (UPLOAD_/EXPORT_RETENTION_DAYS); null while it is kept. */
  @Column({ type: 'timestamptz', nullable: true })
  filePurgedAt: Date | null;

  /** Why it failed, or notices about the header (ignored columns…), in Chinese. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
