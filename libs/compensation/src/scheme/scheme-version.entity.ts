import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import type { SchemeItem } from '../domain/scheme.js';
import type { SwapPricing } from '../domain/swap-difference.js';
import type { TransitionalFeeRule } from '../domain/transitional-fee-rule.js';

export const SCHEME_STATUSES = ['draft', 'published', 'superseded'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];
export const SCHEME_STATUS_LABELS: Record<SchemeStatus, string> = { draft: '草稿', published: '已发布', superseded: '已被替代' };

/**
 * One version of a project's compensation scheme (补偿方案): its items as data. A draft may change;
 * once published it never does, and publishing the next version supersedes it. At most one version
 * of a project is published at a time (the partial unique index).
 */
@Entity('scheme_version')
@Index('uq_scheme_version_number', ['projectId', 'number'], { unique: true })
@Index('uq_scheme_version_published', ['projectId'], { unique: true, where: `status = 'published'` })
export class SchemeVersionRecord extends VersionedEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  /** 1, 2, 3… within the project. */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: SchemeStatus;

  /** 生效日期. */
  @Column({ type: 'date' })
  effectiveOn: string;

  @Column({ type: 'jsonb' })
  items: SchemeItem[];

  /** 产权调换 pricing (entitlement per recognised person, resettlement price, bands beyond it); null: no swap offered. */
  @Column({ type: 'jsonb', nullable: true })
  swapPricing: SwapPricing | null;

  /** 过渡费 for transitional households (monthly amount, rise after the transition period, months after delivery); null: none. */
  @Column({ type: 'jsonb', nullable: true })
  transitionalFee: TransitionalFeeRule | null;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  publishedBy: string | null;
}
