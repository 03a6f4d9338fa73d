import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import type { OwnershipScope } from '../ownership.repository.js';
import { ConsolidationPlan, ConsolidationPlanItem } from './consolidation-plan.entity.js';

/** A record's visibility to `$1` (null: all), as SQL over `o` (land_ownership), never NULL (it is negated); the same rule as OwnershipRepository's. */
const VISIBLE = `COALESCE($1::uuid[] IS NULL OR o."projectId" = ANY($1::uuid[]) OR (o."projectId" IS NULL AND o.village IN (SELECT p.village FROM parcel p WHERE p."projectId" = ANY($1::uuid[]))), false)`;

/** Database access for consolidation plans and their items. */
@Injectable()
export class ConsolidationPlanRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get plans() {
    return this.connection.getRepository(ConsolidationPlan);
  }

  private get items() {
    return this.connection.getRepository(ConsolidationPlanItem);
  }

  /** Plans every record of which `scope` sees, newest first. */
  async list(scope: OwnershipScope): Promise<ConsolidationPlan[]> {
    const ids: Array<{ id: string }> = await this.connection.manager.query(
      `SELECT cp.id FROM consolidation_plan cp
        WHERE NOT EXISTS (SELECT 1 FROM consolidation_plan_item i JOIN land_ownership o ON o.id = i."ownershipId" WHERE i."planId" = cp.id AND NOT ${VISIBLE})
        ORDER BY cp."createdAt" DESC`,
      [scope],
    );
    return ids.length ? this.plans.find({ where: ids.map((r) => ({ id: r.id })), order: { createdAt: 'DESC' } }) : [];
  }

  /** Whether `scope` sees every record of the plan. */
  async visibleTo(id: string, scope: OwnershipScope): Promise<boolean> {
    if (scope === null) return true;
    const rows: unknown[] = await this.connection.manager.query(
      `SELECT 1 FROM consolidation_plan_item i JOIN land_ownership o ON o.id = i."ownershipId" WHERE i."planId" = $2 AND NOT ${VISIBLE} LIMIT 1`,
      [scope, id],
    );
    return rows.length === 0;
  }

  findById(id: string): Promise<ConsolidationPlan | null> {
    return this.plans.findOneBy({ id });
  }

  /** The plan's items with their records, parcels and projects, by village and 登记编号. */
  itemsOf(planIds: string[]): Promise<ConsolidationPlanItem[]> {
    if (!planIds.length) return Promise.resolve([]);
    return this.items
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.ownership', 'o')
      .leftJoinAndSelect('o.parcel', 'parcel')
      .leftJoinAndSelect('parcel.project', 'project')
      .where('i."planId" IN (:...planIds)', { planIds })
      .orderBy('o.village', 'ASC')
      .addOrderBy('o.code', 'ASC')
      .getMany();
  }

  /** Records among `ownershipIds` already in a plan not yet done (other than `exceptPlanId`). */
  heldElsewhere(ownershipIds: string[], exceptPlanId: string | null): Promise<Array<{ code: string; planName: string }>> {
    return this.connection.manager.query(
      `SELECT o.code, cp.name AS "planName" FROM consolidation_plan_item i
         JOIN consolidation_plan cp ON cp.id = i."planId" JOIN land_ownership o ON o.id = i."ownershipId"
        WHERE i."ownershipId" = ANY($1::uuid[]) AND cp.status <> 'done' AND ($2::uuid IS NULL OR cp.id <> $2::uuid)
        ORDER BY o.code`,
      [ownershipIds, exceptPlanId],
    );
  }

  /** How many plans (any status) hold the record. */
  async countHolding(ownershipId: string): Promise<number> {
    return this.items.countBy({ ownershipId });
  }

  insert(plan: Partial<ConsolidationPlan>): Promise<ConsolidationPlan> {
    return this.plans.save(this.plans.create(plan));
  }

  /** Replaces the plan's items with `ownershipIds`. */
  async setItems(planId: string, ownershipIds: string[]): Promise<void> {
    await this.items.delete({ planId });
    await this.items.insert(ownershipIds.map((ownershipId) => ({ planId, ownershipId })));
  }

  /** Records each item's current owner and use as its 归并前 facts (when the plan is done). */
  async keepFormerFacts(planId: string): Promise<void> {
    await this.connection.manager.query(
      `UPDATE consolidation_plan_item i SET "formerOwnerKind" = o."ownerKind", "formerOwnerName" = o."ownerName", "formerUse" = o."landUse"
         FROM land_ownership o WHERE o.id = i."ownershipId" AND i."planId" = $1`,
      [planId],
    );
  }

  async updateVersioned(id: string, expectedVersion: number, changes: QueryDeepPartialEntity<ConsolidationPlan>): Promise<boolean> {
    const result = await this.plans
      .createQueryBuilder()
      .update(ConsolidationPlan)
      .set(changes)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    return result.affected === 1;
  }
}
