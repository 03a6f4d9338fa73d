import { Injectable, Logger } from '@nestjs/common';
import { runWithContext } from '@app/platform';
import { FeeRepository, FeeService, TrackLoader } from '@app/resettlement';
import { DEMO_FEE_PAYER, demoTransitionalPlan } from './domain/demo-transitional.js';

/**
 * The demo's transitional households, last in the seed: every household's track derived from its records
 * (monetary paid in full → resettled on the paid date; swap at vacated or beyond → transitional since its
 * vacating, resettled on the last delivery once all its resettlement allocations are delivered — whatever
 * allocations the seed made), the cases' mirrors set to match; then the 过渡费 accrued by the same set-based
 * statement as the monthly job, and one older period batched and paid through the real service path.
 */
@Injectable()
export class DemoTransitionalSeeder {
  private readonly logger = new Logger(DemoTransitionalSeeder.name);

  constructor(
    private readonly tracks: TrackLoader,
    private readonly fees: FeeService,
    private readonly feeRecords: FeeRepository,
  ) {}

  /** Call inside the seed's transaction, after the money, the allocations and the deliveries. */
  async seed(): Promise<void> {
    const plan = demoTransitionalPlan();
    const counts = await this.tracks.deriveAll();
    const accrued = await this.feeRecords.accrue(plan.accrueThrough);
    const [target] = await this.feeRecords.unbatchedByProject(plan.batch.throughMonth);
    if (target) {
      const finance = { userId: null, username: DEMO_FEE_PAYER, roles: ['finance' as const], projects: [], projectIds: [] };
      await runWithContext({ actor: finance, changes: [] }, async () => {
        const batch = await this.fees.createBatch(target.projectCode, plan.batch.throughMonth);
        await this.fees.payBatch(batch.id, `demo-fee-batch-${batch.number}`, { paidOn: plan.batch.paidOn, method: 'bank_transfer', bankReference: `DEMO-${batch.number}` });
      });
    }
    this.logger.log(`安置进程：过渡中 ${counts.transitional ?? 0} 户、已安置 ${counts.resettled ?? 0} 户；过渡费计提 ${accrued.months} 户月`);
  }
}
