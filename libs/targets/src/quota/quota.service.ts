import { Injectable } from '@nestjs/common';
import { todayInShanghai, toShanghaiIso, visibleProjectIds } from '@app/platform';
import { forecastQuota, type Forecast } from '../domain/forecast.js';
import { yearBounds } from '../domain/target-measures.js';
import { TargetRepository } from '../target/target.repository.js';
import { QuotaRepository, type BaseCount, type ProjectCount, type QuotaScope } from './quota.repository.js';

export interface QuotaMonth {
  month: string;
  solved: number;
  cumulative: number;
}

export interface Quota {
  year: number;
  target: number | null;
  solved: number;
  remaining: number | null;
  byMonth: QuotaMonth[];
  byProject: ProjectCount[];
  byBase: BaseCount[];
  forecast: Forecast;
  /** The data's present (a calendar date): today, or the latest housing event when the records stop earlier. */
  asOf: string;
  computedAt: string;
}

/** The project ids a figure counts: the target's scope within what the caller may see (null: every project). */
export function scopedProjects(targetProjects: string[], visible: string[] | null): string[] | null {
  if (!targetProjects.length) return visible;
  if (visible === null) return targetProjects;
  return targetProjects.filter((id) => visible.includes(id));
}

/**
 * The 536 quota (年度解决动迁户住房): households solved in the year by month, project and base, and the forecast from the
 * pipeline — every figure recounted from the records, within the caller's projects.
 */
@Injectable()
export class QuotaService {
  constructor(
    private readonly quota: QuotaRepository,
    private readonly targets: TargetRepository,
  ) {}

  /**
   * The data's present: today, or the latest vacating or solved day when the records stop before today (a data set
   * of the past, such as the demo's 2013), as the transitional clearance view reads it.
   */
  async present(projectIds: string[] | null): Promise<string> {
    const today = todayInShanghai();
    const latest = await this.quota.latestHousingEvent(projectIds);
    return latest !== null && latest < today ? latest : today;
  }

  /** The year's quota for the caller. */
  async forYear(year: number): Promise<Quota> {
    const projectIds = visibleProjectIds();
    const { from, to } = yearBounds(year);
    const scope: QuotaScope = { from, to, projectIds };
    const [months, byProject, byBase, present, targets] = await Promise.all([
      this.quota.solvedByMonth(scope),
      this.quota.solvedByProject(scope),
      this.quota.solvedByBase(scope),
      this.present(projectIds),
      this.targets.listYear(year),
    ]);
    const presentYear = Number(present.slice(0, 4));
    // The delivery dates that count as "within the rest of the year": any not yet delivered in the present year
    // (an overdue one still can be), those within the year for a later year.
    const windowFrom = year === presentYear ? null : from;
    const pipeline = await this.quota.pipeline(projectIds, windowFrom, to, present);

    const solvedIn = new Map(months.map((m) => [m.month, m.solved]));
    const lastMonth = year < presentYear ? 12 : year > presentYear ? 0 : Number(present.slice(5, 7));
    const byMonth: QuotaMonth[] = [];
    let cumulative = 0;
    for (let m = 1; m <= lastMonth; m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      const solved = solvedIn.get(month) ?? 0;
      cumulative += solved;
      byMonth.push({ month, solved, cumulative });
    }
    const solved = months.reduce((sum, m) => sum + m.solved, 0);
    const housing = targets.filter((t) => t.measure === 'housing_solved');
    const townWide = housing.filter((t) => t.projectIds.length === 0 && t.baseIds.length === 0);
    const counted = townWide.length ? townWide : housing;
    const target = counted.length ? counted.reduce((sum, t) => sum + Math.round(Number(t.targetValue)), 0) : null;
    return {
      year,
      target,
      solved,
      remaining: target === null ? null : Math.max(0, target - solved),
      byMonth,
      byProject,
      byBase,
      forecast: forecastQuota(year, present, solved, pipeline),
      asOf: present,
      computedAt: toShanghaiIso(new Date()),
    };
  }
}
