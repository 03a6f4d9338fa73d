import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, HandlesJob, JobsService, runWithContext, SYSTEM_ACTOR, todayInShanghai, type JobHandler } from '@app/platform';
import { MILESTONE_OVERDUE_SCHEDULE, MilestoneOverdueJob } from './milestone-overdue.job.js';
import { MilestoneOverdueService, type OverdueCheckResult } from './milestone-overdue.service.js';

/**
 * Runs the daily overdue check of the time nodes (idempotent per day: see `MilestoneOverdueService`). A consuming
 * process registers the BullMQ repeatable schedule at start-up (an upsert: one schedule however many processes).
 */
@Injectable()
@HandlesJob(MilestoneOverdueJob)
export class MilestoneOverdueJobHandler implements JobHandler<MilestoneOverdueJob>, OnApplicationBootstrap {
  private readonly logger = new Logger(MilestoneOverdueJobHandler.name);

  constructor(
    private readonly overdue: MilestoneOverdueService,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.consumesJobs) return;
    await this.jobs.schedule(MilestoneOverdueJob, MILESTONE_OVERDUE_SCHEDULE).catch((error: unknown) => {
      this.logger.warn(`时间节点逾期检查定时任务登记失败（队列暂不可用，下次启动时重试）: ${(error as Error).message}`);
    });
  }

  async handle(payload: { day?: string }): Promise<OverdueCheckResult> {
    const day = payload.day ?? todayInShanghai();
    const result = await runWithContext({ actor: SYSTEM_ACTOR, changes: [] }, () => this.overdue.check(day));
    this.logger.log(result.checked ? `时间节点逾期检查 ${day}：逾期 ${result.overdue} 个，发出通知 ${result.notified} 条` : `时间节点逾期检查 ${day} 今天已做过，未重复通知`);
    return result;
  }
}
