import { Injectable, NotFoundException } from '@nestjs/common';
import { PARCEL_STATUS_LABELS, type ParcelStatus } from '@app/land';
import { canSeeProject, toShanghaiIso, visibleProjectIds } from '@app/platform';
import { progressFigures, sumAreas, sumMoney } from './dashboard-figures.view-map.js';
import { DashboardRepository, type GroupedCaseCount } from './dashboard.repository.js';
import type { DashboardOverviewView, ProjectDashboardView } from './dashboard.view.js';

function byGroup<T extends { groupId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.groupId);
    if (list) list.push(row);
    else map.set(row.groupId, [row]);
  }
  return map;
}

/** The leadership dashboards: every figure from the summaries kept with the records, in the viewer's scope. */
@Injectable()
export class DashboardService {
  constructor(private readonly repository: DashboardRepository) {}

  /** Per project the caller may see: subjects, funnel, rates, money, area, transitional stock. */
  async overview(): Promise<DashboardOverviewView> {
    const scope = visibleProjectIds();
    const [projects, data] = await Promise.all([
      this.repository.projects(scope),
      this.repository.figures({ by: 'project', projectIds: scope }),
    ]);
    const cases = byGroup<GroupedCaseCount>(data.cases);
    return {
      asOf: toShanghaiIso(data.asOf),
      projects: projects.map((p) => ({
        code: p.code,
        name: p.name,
        ...progressFigures({
          project: p.code,
          cases: cases.get(p.id) ?? [],
          money: data.money.find((m) => m.groupId === p.id),
          company: data.company.find((c) => c.projectId === p.id),
          area: data.areas.find((a) => a.groupId === p.id),
        }),
      })),
    };
  }

  /** One project's figures and the same per parcel; 404 when the project does not exist or is out of scope. */
  async project(code: string): Promise<ProjectDashboardView> {
    const project = await this.repository.projectByCode(code);
    if (!project || !canSeeProject(project.id)) throw new NotFoundException('项目不存在');
    // One statement per parcel; the project's figures are their sums (and its money with the company), so the two agree.
    const [parcels, data] = await Promise.all([
      this.repository.parcels(project.id),
      this.repository.figures({ by: 'parcel', projectId: project.id }),
    ]);
    const cases = byGroup<GroupedCaseCount>(data.cases);
    const money = new Map(data.money.map((m) => [m.groupId, m]));
    const areas = new Map(data.areas.map((a) => [a.groupId, a]));
    return {
      asOf: toShanghaiIso(data.asOf),
      project: {
        code: project.code,
        name: project.name,
        ...progressFigures({
          project: project.code,
          cases: data.cases,
          money: data.money.length ? sumMoney(project.id, data.money) : undefined,
          company: data.company[0],
          area: data.areas.length ? sumAreas(project.id, data.areas) : undefined,
        }),
      },
      parcels: parcels.map((parcel) => ({
        code: parcel.code,
        village: parcel.village,
        status: parcel.status,
        statusLabel: PARCEL_STATUS_LABELS[parcel.status as ParcelStatus] ?? parcel.status,
        ...progressFigures({
          project: project.code,
          parcel: parcel.code,
          cases: cases.get(parcel.id) ?? [],
          money: money.get(parcel.id),
          company: null,
          area: areas.get(parcel.id),
          nonZeroOnly: true,
        }),
      })),
    };
  }
}
