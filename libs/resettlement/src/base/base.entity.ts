import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/platform';
import type { BaseStage, BaseStageDates } from '../domain/resettlement-labels.js';

/**
 * 安置基地: a town resettlement base (二联小高层基地, 明珠家园拓展区, 金联动迁基地, and the completed ones),
 * its stage and each stage's planned and actual dates. Bases are the town's, not a project's: households of
 * any project may be resettled on them.
 */
@Entity('resettlement_base')
@Index('uq_resettlement_base_code', ['code'], { unique: true })
export class ResettlementBase extends VersionedEntity {
  /** Short code used in imports and unit numbers, e.g. `EL` (二联). */
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 20 })
  stage: BaseStage;

  /** Planned and actual date per stage. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  stageDates: BaseStageDates;

  /** 计划交付日期 of the base as a whole (期房 units take their building's date first). */
  @Column({ type: 'date', nullable: true })
  plannedDeliveryOn: string | null;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;
}

/** 楼栋 of a base. */
@Entity('resettlement_building')
@Index('uq_resettlement_building_code', ['baseId', 'code'], { unique: true })
export class ResettlementBuilding extends VersionedEntity {
  @Column({ type: 'uuid' })
  baseId: string;

  @ManyToOne(() => ResettlementBase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'baseId' })
  base?: ResettlementBase;

  /** 楼号, e.g. `12号楼`. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'int' })
  floors: number;

  /** 期房: the building's planned delivery date; null for a built one. */
  @Column({ type: 'date', nullable: true })
  plannedDeliveryOn: string | null;
}
