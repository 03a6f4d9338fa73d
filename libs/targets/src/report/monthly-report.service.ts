import { Injectable } from '@nestjs/common';
import { currentActor, sumDecimals, visibleProjectIds } from '@app/platform';
import type { ProjectProgressView } from '../dashboard/dashboard.view.js';
import { DashboardService } from '../dashboard/dashboard.service.js';
import type { Forecast } from '../domain/forecast.js';
import { milestoneListScope } from '../domain/milestone-access.js';
import { MILESTONE_STATUS_LABELS } from '../domain/milestone-status.js';
import {
  daysBetween,
  linearForecast,
  milestoneForecast,
  monthOf,
  monthWindow,
  overdueOn,
  reportDay,
  type TargetForecast,
} from '../domain/monthly-report.js';
import { percentOf, TARGET_MEASURE_LABELS, yearBounds } from '../domain/target-measures.js';
import { MilestoneRepository } from '../milestone/milestone.repository.js';
import { QuotaService, type QuotaMonth } from '../quota/quota.service.js';
import { quantityText, TargetService, type TargetProgress } from '../target/target.service.js';

export interface MonthlyReportTarget {
  name: string;
  measureLabel: string;
  unit: string;
  targetValue: string;
  thisMonth: string;
  cumulative: string;
  percent: number;
  forecast: TargetForecast;
}

export interface MonthlyReportNode {
  owner: string;
  name: string;
  plannedOn: string;
  daysLate: number;
  responsibleUnit: string;
  responsible: string | null;
  statusLabel: string;
}

/** What the monthly progress report (月度推进情况报告) holds, every figure recounted from the records. */
export interface MonthlyReport {
  year: number;
  month: string;
  /** The day the figures stand on: the month's end, or the data's present within a running month. */
  day: string;
  /** The data's present (today, or the latest housing event of a data set of the past). */
  present: string;
  targets: MonthlyReportTarget[];
  quota: {
    target: number | null;
    /** The year's months up to the report's month. */
    byMonth: QuotaMonth[];
    /** The pipeline forecast as of the data's present (null for a report of an earlier year). */
    forecast: Forecast | null;
  };
  /** Each project's figures as they stand now (the summaries hold no history). */
  projects: ProjectProgressView[];
  /** Time nodes overdue on the report's day. */
  overdue: MonthlyReportNode[];
}

/**
 * Composes the monthly progress report leadership reads: each target with this month, cumulative, percent and the
 * year-end forecast with its basis; the burn-up; each project's funnel; the time nodes overdue on the report's day.
 * Read as the user who asked for it (their projects), like every other figure.
 */
@Injectable()
export class MonthlyReportService {
  constructor(
    private readonly targets: TargetService,
    private readonly quota: QuotaService,
    private readonly dashboard: DashboardService,
    private readonly milestones: MilestoneRepository,
  ) {}

  /** The month a report is for when none is named: the data's present's month. */
  async defaultMonth(): Promise<string> {
    return monthOf(await this.quota.present(visibleProjectIds()));
  }

  async compose(month: string): Promise<MonthlyReport> {
    const year = Number(month.slice(0, 4));
    const present = await this.quota.present(visibleProjectIds());
    const day = reportDay(month, present);
    const [progress, quota, overview, nodes] = await Promise.all([
      this.targets.list(year),
      this.quota.forYear(year),
      this.dashboard.overview(),
      this.milestones.list(milestoneListScope(currentActor()), {}),
    ]);
    const pipelineYear = Number(present.slice(0, 4)) <= year;
    const targets: MonthlyReportTarget[] = [];
    for (const p of progress) targets.push(await this.line(p, month, day, pipelineYear ? quota.forecast : null));
    return {
      year,
      month,
      day,
      present,
      targets,
      quota: {
        target: quota.target,
        byMonth: quota.byMonth.filter((m) => m.month <= month),
        forecast: pipelineYear ? quota.forecast : null,
      },
      projects: overview.projects,
      overdue: nodes
        .filter((n) => overdueOn(n, day))
        .map((n) => ({
          owner: n.project ? `${n.project.code} ${n.project.name}` : (n.base?.name ?? ''),
          name: n.name,
          plannedOn: n.plannedOn,
          daysLate: daysBetween(n.plannedOn, day),
          responsibleUnit: n.responsibleUnit,
          responsible: n.responsibleName ?? n.responsibleUser?.displayName ?? null,
          statusLabel: MILESTONE_STATUS_LABELS[n.status],
        })),
    };
  }

  /** One target's line: this month and the year up to the report's day, and where the year should end. */
  private async line(p: TargetProgress, month: string, day: string, pipeline: Forecast | null): Promise<MonthlyReportTarget> {
    const { target } = p;
    const { from } = monthWindow(month);
    const year = yearBounds(target.year);
    let thisMonth: string;
    let cumulative: string;
    if (target.measure === 'manual') {
      const within = (lo: string) => p.entries.filter((e) => e.enteredOn >= lo && e.enteredOn <= day).map((e) => e.value);
      thisMonth = sumDecimals(within(from)).toString();
      cumulative = sumDecimals(within(year.from)).toString();
    } else {
      const visible = visibleProjectIds();
      [thisMonth, cumulative] = await Promise.all([
        this.targets.measured(target, visible, { from, to: day }),
        this.targets.measured(target, visible, { from: year.from, to: day }),
      ]);
    }
    return {
      name: target.name,
      measureLabel: TARGET_MEASURE_LABELS[target.measure],
      unit: target.unit,
      targetValue: quantityText(target.targetValue),
      thisMonth: quantityText(thisMonth),
      cumulative: quantityText(cumulative),
      percent: percentOf(Number(cumulative), Number(target.targetValue)),
      forecast: await this.forecast(p, day, cumulative, pipeline),
    };
  }

  private async forecast(p: TargetProgress, day: string, cumulative: string, pipeline: Forecast | null): Promise<TargetForecast> {
    const { target } = p;
    if (target.measure === 'milestone') {
      const node = target.milestoneId ? await this.milestones.findById(target.milestoneId) : null;
      return milestoneForecast(target.year, day, node);
    }
    // The pipeline forecast (as of the data's present) counts the whole town: it answers for a town-wide housing target
    // of the present's year.
    const townWide = !target.projectIds.length && !target.baseIds.length;
    if (target.measure === 'housing_solved' && townWide && pipeline) {
      return {
        value: String(pipeline.expected),
        kind: 'pipeline',
        basis: `按在途案件推算：保守 ${pipeline.low}、预期 ${pipeline.expected}、乐观 ${pipeline.high}（已分配房源、已签约未选房、货币补偿支付进度）`,
      };
    }
    return linearForecast(target.year, day, cumulative, target.unit !== '㎡');
  }
}
