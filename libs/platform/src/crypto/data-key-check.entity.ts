import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row: a keyed hash (HMAC with the search subkey) of a fixed text, written by the first start
 * with a data key. Every later start compares it with its own key's, so a process given the wrong
 * DATA_KEY stops before it writes a single value under it (and before it fails to read the rest).
 */
@Entity('data_key_check')
export class DataKeyCheck {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
