import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/platform';
import { ResettlementBase, ResettlementBuilding } from '../base/base.entity.js';
import type { UnitKind, UnitStatus } from '../domain/resettlement-labels.js';

/**
 * 房源: one flat of a building. Its status follows its allocations (`available → reserved → allocated →
 * delivered`, back to `available` on release) in the allocation's transaction, or is `frozen` with a reason.
 * Prices are 元/m² to the fen: the resettlement price for area within a swap household's entitlement, and
 * the market price beyond it.
 */
@Entity('resettlement_unit')
@Index('uq_resettlement_unit_number', ['buildingId', 'unitNo'], { unique: true })
@Index('idx_resettlement_unit_base_status', ['baseId', 'status'])
@Check('ck_resettlement_unit_frozen_reason', `status <> 'frozen' OR "frozenReason" IS NOT NULL`)
@Check('ck_resettlement_unit_area', `area > 0`)
export class ResettlementUnit extends VersionedEntity {
  @Column({ type: 'uuid' })
  baseId: string;

  @ManyToOne(() => ResettlementBase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'baseId' })
  base?: ResettlementBase;

  @Column({ type: 'uuid' })
  buildingId: string;

  @ManyToOne(() => ResettlementBuilding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buildingId' })
  building?: ResettlementBuilding;

  /** 室号, e.g. `1502`. */
  @Column({ type: 'varchar', length: 20 })
  unitNo: string;

  @Column({ type: 'int' })
  floor: number;

  /** 户型, e.g. `两室一厅`. */
  @Column({ type: 'varchar', length: 40 })
  layout: string;

  /** 建筑面积, m². */
  @Column({ type: 'numeric', precision: 10, scale: 2 })
  area: string;

  /** 安置价 and 市场价, 元/m². */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  resettlementPrice: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  marketPrice: string;

  @Column({ type: 'varchar', length: 20 })
  kind: UnitKind;

  /** 期房's planned delivery date. */
  @Column({ type: 'date', nullable: true })
  plannedDeliveryOn: string | null;

  /** May serve as a 周转房 (temporary flat) for a household on that transition method. */
  @Column({ type: 'boolean', default: false })
  turnover: boolean;

  @Column({ type: 'varchar', length: 20, default: 'available' })
  status: UnitStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  frozenReason: string | null;
}
