import { Injectable } from '@nestjs/common';
import { ConsolidationPlanRepository, OwnershipBulkRepository } from '@app/land-admin';
import { demoOwnershipPlan } from './domain/demo-ownership.js';
import type { DemoData } from './domain/demo-types.js';

/** The demo's 集体土地所有权 register and its 归并方案 through the land administration library. */
@Injectable()
export class DemoOwnershipSeeder {
  constructor(
    private readonly ownership: OwnershipBulkRepository,
    private readonly plans: ConsolidationPlanRepository,
  ) {}

  /** Call inside the seed's transaction, after the parcels. */
  async seed(data: DemoData): Promise<void> {
    const { records, plan } = demoOwnershipPlan(data);
    await this.ownership.upsert(records);
    const ids = await this.ownership.idsByCode(plan.codes);
    const { codes, ...facts } = plan;
    const drafted = new Date('2013-05-20T10:00:00+08:00');
    const created = await this.plans.insert({ ...facts, status: 'draft', createdBy: 'officer', createdAt: drafted, updatedAt: drafted });
    await this.plans.setItems(
      created.id,
      codes.map((c) => ids.get(c)!),
    );
  }
}
