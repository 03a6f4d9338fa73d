import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ExportFilters, ExportKind, ExportStatus } from './domain/export-kinds.js';

/** One requested export: what, for whom, and how far the job got. The file lives in DATA_DIR/exports. */
@Entity('export_batch')
@Index('idx_export_batch_user', ['userId', 'createdAt'])
export class ExportBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  kind: ExportKind;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  filters: ExportFilters;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status: ExportStatus;

  @Column({ type: 'int', nullable: true })
  total: number | null;

  @Column({ type: 'int', default: 0 })
  processed: number;

  /** The download's name, e.g. `动迁户台账-20131231.xlsx`. */
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** Path of the written file, set once it is complete. */
  @Column({ type: 'text', nullable: true })
  storedPath: string | null;

  /** Who asked for it; the job reads with this user's scope. */
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 50 })
  username: string;

  /** Whether personal data is written in full (always false for now: exports are masked). */
  @Column({ type: 'boolean', default: false })
  unmasked: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** When the stored file was deleted by the retention rule (UPLOAD_/EXPORT_RETENTION_DAYS); null while it is kept. */
  @Column({ type: 'timestamptz', nullable: true })
  filePurgedAt: Date | null;

  /** Why it failed, in Chinese. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
