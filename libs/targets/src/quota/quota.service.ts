import { Injectable } from '@nestjs/common';
import { SnapshotCache, todayInShanghai, toShanghaiIso, TransactionalConnection, visibleProjectIds } from '@app/platform';
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
  /** Quotas computed in one snapshot, kept while it is current (per year asked, day and scope). */
  private readonly kept = new SnapshotCache<Quota>(64);

  constructor(
    private readonly quota: QuotaRepository,
    private readonly targets: TargetRepository,
    private readonly connection: TransactionalConnection,
  ) {}

  /**
   * The data's present: today, or the latest vacating or solved day when the records stop before today (a data set
   * of the past, such as the demo's 2013), as the transitional clearance view reads it.
   */
  async present(projectIds: string[] | null, today = todayInShanghai()): Promise<string> {
    const latest = await this.quota.latestHousingEvent(projectIds);
    return latest !== null && latest < today ? latest : today;
  }

  /**
   * The quota of `year` (by default the data's present year) for the caller. Its statements read one snapshot (a
   * REPEATABLE READ, READ ONLY transaction), and the answer is kept while the database is still in that snapshot (no
   * transaction committed since: see SnapshotCache) for the same year, day and scope; the callers arriving together
   * after a commit share one computation. Inside a transaction it is computed there, with the transaction's writes.
   */
  async forYear(year?: number): Promise<Quota> {
    const projectIds = visibleProjectIds();
    const today = todayInShanghai();
    const key = `${year ?? 'present'}:${today}:${projectIds === null ? '*' : [...projectIds].sort().join(',')}`;
    const look = await this.connection.currentSnapshot();
    const { value } = await this.kept.resolve(key, look, () =>
      look === null
        ? this.compute((query) => query(), year, today, projectIds)
        : this.connection.readSnapshot((read) => this.compute(read, year, today, projectIds)),
    );
    return { ...value, computedAt: toShanghaiIso(new Date()) };
  }

  private async compute(
    read: <R>(query: () => Promise<R>) => Promise<R>,
    askedYear: number | undefined,
    today: string,
    projectIds: string[] | null,
  ): Promise<{ snapshot: string; at: Date; value: Quota }> {
    const { snapshot, at } = await read(() => this.quota.snapshot());
    const present = await read(() => this.present(projectIds, today));
    const presentYear = Number(present.slice(0, 4));
    const year = askedYear ?? presentYear;
    const { from, to } = yearBounds(year);
    const scope: QuotaScope = { from, to, projectIds };
    // The delivery dates that count as "within the rest of the year": any not yet delivered in the present year
    // (an overdue one still can be), those within the year for a later year.
    const windowFrom = year === presentYear ? null : from;
    const [months, byProject, byBase, targets, pipeline] = await Promise.all([
      read(() => this.quota.solvedByMonth(scope)),
      read(() => this.quota.solvedByProject(scope)),
      read(() => this.quota.solvedByBase(scope)),
      read(() => this.targets.listYear(year)),
      read(() => this.quota.pipeline(projectIds, windowFrom, to, present)),
    ]);

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
    const value: Quota = {
      year,
      target,
      solved,
      remaining: target === null ? null : Math.max(0, target - solved),
      byMonth,
      byProject,
      byBase,
      forecast: forecastQuota(year, present, solved, pipeline),
      asOf: present,
      computedAt: toShanghaiIso(at),
    };
    return { snapshot, at, value };
  }
}
