import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 附件: a file (minutes, a signed scan) attached to a record of one of the mechanisms — its owner, named by
 * type and id. Stored under `DATA_DIR/attachments`; its media type is what its bytes are, not what it was called.
 */
@Entity('attachment')
@Index('idx_attachment_owner', ['ownerType', 'ownerId', 'uploadedAt'])
export class AttachmentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The kind of record it belongs to (`communication`, `handover`, …), as registered with `AttachmentOwners`. */
  @Column({ type: 'varchar', length: 40 })
  ownerType: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  /** The owner's project, kept for access checks and listings; null for a town-wide record's (its owner decides who sees it). */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  /** The name the file had when uploaded (shown and offered on download). */
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** Told from the bytes. */
  @Column({ type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Path relative to DATA_DIR. */
  @Column({ type: 'varchar', length: 300 })
  storedPath: string;

  @Column({ type: 'varchar', length: 50 })
  uploadedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;
}
