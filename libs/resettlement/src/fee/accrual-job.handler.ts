import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, HandlesJob, JobsService, runWithContext, SYSTEM_ACTOR, type JobHandler } from '@app/platform';
import { ACCRUAL_SCHEDULE, TransitionalFeeAccrualJob } from './accrual.job.js';
import { FeeService } from './fee.service.js';

/**
 * Runs the monthly 过渡费 accrual (the same set-based statement as finance's "run now"; idempotent by the
 * UNIQUE (case, month) index, so a redelivered or repeated run accrues nothing twice and a missed month is
 * caught up by the next run). A consuming process registers the BullMQ repeatable schedule at start-up
 * (an upsert: every process may do it, there is one schedule).
 */
@Injectable()
@HandlesJob(TransitionalFeeAccrualJob)
export class TransitionalFeeAccrualJobHandler implements JobHandler<TransitionalFeeAccrualJob>, OnApplicationBootstrap {
  private readonly logger = new Logger(TransitionalFeeAccrualJobHandler.name);

  constructor(
    private readonly fees: FeeService,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.consumesJobs) return;
    await this.jobs.schedule(TransitionalFeeAccrualJob, ACCRUAL_SCHEDULE).catch((error: unknown) => {
      this.logger.warn(`过渡费定时计提任务登记失败（队列暂不可用，下次启动时重试）: ${(error as Error).message}`);
    });
  }

  async handle(payload: { throughMonth?: string }): Promise<{ throughMonth: string; months: number; households: number; amountFen: string }> {
    const counts = await runWithContext({ actor: SYSTEM_ACTOR, changes: [] }, () => this.fees.accrue(payload.throughMonth));
    this.logger.log(`过渡费计提至 ${counts.throughMonth}：${counts.households} 户、${counts.months} 户月`);
    return { throughMonth: counts.throughMonth, months: counts.months, households: counts.households, amountFen: counts.amountFen.toString() };
  }
}
