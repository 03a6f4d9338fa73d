import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { currentActor, noteChange, TransactionalConnection } from '@app/platform';
import { planStepProblem, planTotals, type PlanLand, type PlanStatus, type PlanTotals } from '../domain/plan-rules.js';
import type { CreatePlanDto, UpdatePlanDto } from '../dto/plan.dto.js';
import type { LandOwnership } from '../ownership.entity.js';
import { OwnershipRepository } from '../ownership.repository.js';
import { OwnershipService } from '../ownership.service.js';
import type { ConsolidationPlan, ConsolidationPlanItem } from './consolidation-plan.entity.js';
import { ConsolidationPlanRepository } from './consolidation-plan.repository.js';

export const PLAN_NOT_FOUND = '归并方案不存在';
const PLAN_STALE = '该归并方案已被他人修改，请刷新后重试';

const unprocessable = (message: string, field?: string) =>
  new UnprocessableEntityException(field ? { message, details: [{ field, message }] } : message);

/** A plan with its land and the area totals before and after. */
export interface PlanDetail {
  plan: ConsolidationPlan;
  items: ConsolidationPlanItem[];
  before: PlanTotals;
  after: PlanTotals;
}

/** The land an item stood for before its plan: the recorded former facts once done, the record's own until then. */
function landBefore(item: ConsolidationPlanItem): PlanLand {
  const o = item.ownership!;
  return { ownerKind: item.formerOwnerKind ?? o.ownerKind, landUse: item.formerUse ?? o.landUse, area: o.area };
}

const planFacts = (p: ConsolidationPlan) => ({
  name: p.name,
  targetOwnerKind: p.targetOwnerKind,
  targetOwnerName: p.targetOwnerName,
  targetUse: p.targetUse,
  status: p.status,
  remarks: p.remarks,
});

/**
 * 归并方案 (the consolidation plan): proposals bringing ownership records under a target owner and use, draft →
 * approved (admin only, who and when recorded) → done (from approved only; the records then take the target owner and
 * use, their former facts kept on the plan). Officers keep plans whose land is all theirs to change.
 */
@Injectable()
export class ConsolidationPlanService {
  constructor(
    private readonly plans: ConsolidationPlanRepository,
    private readonly records: OwnershipRepository,
    private readonly ownership: OwnershipService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** The plans the caller sees, each with its totals. */
  async list(): Promise<PlanDetail[]> {
    const plans = await this.plans.list(this.ownership.scope());
    const items = await this.plans.itemsOf(plans.map((p) => p.id));
    return plans.map((plan) =>
      this.detail(
        plan,
        items.filter((i) => i.planId === plan.id),
      ),
    );
  }

  async get(id: string): Promise<PlanDetail> {
    const scope = this.ownership.scope();
    const plan = await this.plans.findById(id);
    if (!plan || !(await this.plans.visibleTo(id, scope))) throw new NotFoundException(PLAN_NOT_FOUND);
    return this.detail(plan, await this.plans.itemsOf([id]));
  }

  private detail(plan: ConsolidationPlan, items: ConsolidationPlanItem[]): PlanDetail {
    const { before, after } = planTotals(items.map(landBefore), { ownerKind: plan.targetOwnerKind, landUse: plan.targetUse });
    return { plan, items, before, after };
  }

  async create(dto: CreatePlanDto): Promise<PlanDetail> {
    const id = await this.connection.transaction(async () => {
      const ids = await this.checkedLand(dto.ownershipIds, null);
      const plan = await this.plans.insert({
        name: dto.name,
        targetOwnerKind: dto.targetOwnerKind,
        targetOwnerName: dto.targetOwnerName,
        targetUse: dto.targetUse,
        status: 'draft',
        remarks: dto.remarks || null,
        createdBy: currentActor().username,
      });
      await this.plans.setItems(plan.id, ids);
      noteChange({ entityType: 'consolidation_plan', entityId: plan.id, after: { ...planFacts(plan), ownershipIds: ids } });
      return plan.id;
    });
    return this.get(id);
  }

  /**
   * The records a plan may group: distinct, each one the caller sees (else 422 as if it did not exist) and may change
   * (403), none in another plan not yet done (409).
   */
  private async checkedLand(ownershipIds: string[], planId: string | null): Promise<string[]> {
    const ids = [...new Set(ownershipIds)];
    const found = await this.records.findByIds(ids);
    const visible: LandOwnership[] = [];
    for (const record of found) if (await this.ownership.visibleRecord(record.id)) visible.push(record);
    if (visible.length !== ids.length) throw unprocessable('所选的土地所有权记录不存在', 'ownershipIds');
    for (const record of visible)
      if (!(await this.ownership.mayWrite(record))) throw new ForbiddenException(`没有权限将 ${record.code} 列入归并方案`);
    await this.records.lockByIds(ids);
    const held = await this.plans.heldElsewhere(ids, planId);
    if (held.length) throw new ConflictException(`${held.map((h) => `${h.code}（${h.planName}）`).join('、')} 已列入其他未完成的归并方案`);
    return ids;
  }

  /** The plan the caller sees and may change (every record of it theirs to change), at `version`. */
  private async writable(id: string, version: number): Promise<PlanDetail> {
    const detail = await this.get(id);
    for (const item of detail.items)
      if (!(await this.ownership.mayWrite(item.ownership!))) throw new ForbiddenException('没有权限修改该归并方案');
    if (detail.plan.version !== version) throw new ConflictException(PLAN_STALE);
    return detail;
  }

  /** Changes a draft plan (its name, target, remarks or land). */
  async update(id: string, dto: UpdatePlanDto): Promise<PlanDetail> {
    await this.connection.transaction(async () => {
      const { plan, items } = await this.writable(id, dto.version);
      if (plan.status !== 'draft') throw unprocessable('只有草拟中的归并方案才能修改', 'status');
      const next = {
        name: dto.name,
        targetOwnerKind: dto.targetOwnerKind,
        targetOwnerName: dto.targetOwnerName,
        targetUse: dto.targetUse,
        remarks: dto.remarks === undefined ? undefined : dto.remarks || null,
      };
      const changes: Record<string, unknown> = {};
      const before: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === plan[key as keyof ConsolidationPlan]) continue;
        changes[key] = value;
        before[key] = plan[key as keyof ConsolidationPlan];
      }
      const formerIds = items.map((i) => i.ownershipId).sort();
      if (dto.ownershipIds) {
        const ids = await this.checkedLand(dto.ownershipIds, id);
        if (ids.slice().sort().join() !== formerIds.join()) {
          await this.plans.setItems(id, ids);
          before.ownershipIds = formerIds;
          changes.ownershipIds = ids;
        }
      }
      if (!Object.keys(changes).length) return;
      const { ownershipIds: _ids, ...columns } = changes;
      if (!(await this.plans.updateVersioned(id, dto.version, columns))) throw new ConflictException(PLAN_STALE);
      noteChange({
        entityType: 'consolidation_plan',
        entityId: id,
        before: { name: plan.name, ...before },
        after: { name: plan.name, ...changes },
      });
    });
    return this.get(id);
  }

  /** 批准: admin only (the route admits no one else), from draft; records who and when. */
  approve(id: string, version: number): Promise<PlanDetail> {
    return this.step(id, version, 'approved', async (plan) => {
      const changes = { status: 'approved' as const, approvedBy: currentActor().username, approvedAt: new Date() };
      if (!(await this.plans.updateVersioned(plan.id, version, changes))) throw new ConflictException(PLAN_STALE);
    });
  }

  /** 完成: from approved only; the records take the target owner and use (their former facts kept on the plan). */
  complete(id: string, version: number): Promise<PlanDetail> {
    return this.step(id, version, 'done', async (plan, items) => {
      const changes = { status: 'done' as const, doneBy: currentActor().username, doneAt: new Date() };
      if (!(await this.plans.updateVersioned(plan.id, version, changes))) throw new ConflictException(PLAN_STALE);
      await this.plans.keepFormerFacts(plan.id);
      const target = { ownerKind: plan.targetOwnerKind, ownerName: plan.targetOwnerName, landUse: plan.targetUse };
      await this.records.consolidate(
        items.map((i) => i.ownershipId),
        target,
      );
      for (const { ownership: o } of items) {
        noteChange({
          entityType: 'land_ownership',
          entityId: o!.id,
          projectId: o!.projectId,
          before: { code: o!.code, ownerKind: o!.ownerKind, ownerName: o!.ownerName, landUse: o!.landUse },
          after: { code: o!.code, ...target },
        });
      }
    });
  }

  private async step(
    id: string,
    version: number,
    to: PlanStatus,
    apply: (plan: ConsolidationPlan, items: ConsolidationPlanItem[]) => Promise<void>,
  ): Promise<PlanDetail> {
    await this.connection.transaction(async () => {
      const { plan, items } = await this.writable(id, version);
      const problem = planStepProblem(plan.status, to);
      if (problem) throw unprocessable(problem, 'status');
      // The plan's own change first: the audit row names the plan, then the records a completion changed.
      const by = to === 'approved' ? 'approvedBy' : 'doneBy';
      noteChange({
        entityType: 'consolidation_plan',
        entityId: id,
        before: { name: plan.name, status: plan.status },
        after: { name: plan.name, status: to, [by]: currentActor().username },
      });
      await apply(plan, items);
    });
    return this.get(id);
  }
}
