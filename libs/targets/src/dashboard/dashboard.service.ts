import { Injectable, NotFoundException } from '@nestjs/common';
import { PARCEL_STATUS_LABELS, type ParcelStatus } from '@app/land';
import { canSeeProject, SnapshotCache, toShanghaiIso, visibleProjectIds } from '@app/platform';
import { progressFigures, sumAreas, sumMoney } from './dashboard-figures.view-map.js';
import { DashboardRepository, type GroupedCaseCount, type ParcelRow, type ProjectRow } from './dashboard.repository.js';
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

/** An answer without its `asOf`, and its JSON encoded once (the same figures are often served many times). */
class Figures<T extends object> {
  /** The body's JSON without its opening brace, as UTF-8 bytes. */
  private encoded: Buffer | undefined;

  constructor(readonly body: T) {}

  /**
   * The answer's JSON, `{"asOf":…,<the body's members>}`, as two chunks of UTF-8 bytes to send one after the other: a
   * few bytes made per answer, then the body's bytes made once (no string of the whole answer per request).
   */
  json(asOf: string): [Buffer, Buffer] {
    this.encoded ??= Buffer.from(JSON.stringify(this.body).slice(1), 'utf8');
    const empty = this.encoded.length === 1; // the body was `{}`
    return [Buffer.from(`{"asOf":${JSON.stringify(asOf)}${empty ? '' : ','}`, 'utf8'), this.encoded];
  }
}

type OverviewBody = Omit<DashboardOverviewView, 'asOf'>;
type ProjectBody = Omit<ProjectDashboardView, 'asOf'>;

/** At most this many answers are kept (one per scope and project: a few hundred KB each at most). */
const CACHED_ANSWERS = 64;

/**
 * The leadership dashboards: every figure from the summaries kept with the records, in the viewer's scope. An answer is
 * computed in one statement and served again, unchanged but for `asOf`, while the database's snapshot is the one it was
 * computed in (no transaction has committed since: see SnapshotCache), so repeated views cost one small statement, and
 * the many views arriving together after a commit share one computation.
 */
@Injectable()
export class DashboardService {
  private readonly answers = new SnapshotCache<Figures<object>>(CACHED_ANSWERS);

  constructor(private readonly repository: DashboardRepository) {}

  /** Per project the caller may see: subjects, funnel, rates, money, area, transitional stock. */
  async overview(): Promise<DashboardOverviewView> {
    const { asOf, figures } = await this.overviewFigures();
    return { asOf, ...figures.body };
  }

  /** The overview's JSON (what the api sends), as UTF-8 chunks. */
  async overviewJson(): Promise<[Buffer, Buffer]> {
    const { asOf, figures } = await this.overviewFigures();
    return figures.json(asOf);
  }

  /**
   * One project's figures and the same per parcel, as the JSON the api sends (UTF-8 chunks); 404 when the project does
   * not exist or is out of scope.
   */
  async projectJson(code: string): Promise<[Buffer, Buffer]> {
    const { asOf, figures } = await this.projectFigures(code);
    return figures.json(asOf);
  }

  private async overviewFigures(): Promise<{ asOf: string; figures: Figures<OverviewBody> }> {
    const scope = visibleProjectIds();
    const key = `overview:${scope === null ? '*' : [...scope].sort().join(',')}`;
    const current = await this.repository.current();
    const { value, at } = await this.answers.resolve(key, current.snapshot, async () => {
      const data = await this.repository.figures({ by: 'project', projectIds: scope });
      const cases = byGroup<GroupedCaseCount>(data.cases);
      const figures = new Figures<OverviewBody>({
        projects: (data.groups as ProjectRow[]).map((p) => ({
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
      });
      return { snapshot: data.snapshot, value: figures, at: data.asOf };
    });
    return { asOf: toShanghaiIso(at ?? current.now), figures: value as Figures<OverviewBody> };
  }

  private async projectFigures(code: string): Promise<{ asOf: string; figures: Figures<ProjectBody> }> {
    const current = await this.repository.current(code);
    const project = current.project;
    if (!project || !canSeeProject(project.id)) throw new NotFoundException('项目不存在');
    // The figures do not depend on who looks, once the project is in their scope.
    const { value, at } = await this.answers.resolve(`project:${project.id}`, current.snapshot, async () => {
      // One statement per parcel; the project's figures are their sums (and its money with the company), so the two agree.
      const data = await this.repository.figures({ by: 'parcel', projectId: project.id });
      const cases = byGroup<GroupedCaseCount>(data.cases);
      const money = new Map(data.money.map((m) => [m.groupId, m]));
      const areas = new Map(data.areas.map((a) => [a.groupId, a]));
      const figures = new Figures<ProjectBody>({
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
        parcels: (data.groups as ParcelRow[]).map((parcel) => ({
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
      });
      return { snapshot: data.snapshot, value: figures, at: data.asOf };
    });
    return { asOf: toShanghaiIso(at ?? current.now), figures: value as Figures<ProjectBody> };
  }
}
