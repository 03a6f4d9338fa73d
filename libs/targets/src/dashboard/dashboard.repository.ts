import { Injectable } from '@nestjs/common';
import type { CaseStatus, ResettlementStatus, SubjectType } from '@app/cases';
import { TransactionalConnection } from '@app/platform';
import type { CaseCount } from '../domain/dashboard-figures.js';

/** Where the figures are grouped: by project (the overview) or by parcel of one project. */
export type Grouping = { by: 'project'; projectIds: string[] | null } | { by: 'parcel'; projectId: string };

export interface ProjectRow {
  id: string;
  code: string;
  name: string;
}

export interface ParcelRow {
  id: string;
  projectId: string;
  code: string;
  village: string;
  status: string;
  area: string;
}

export interface GroupedCaseCount extends CaseCount {
  /** The project's or the parcel's id. */
  groupId: string;
}

export interface GroupedMoney {
  groupId: string;
  agreements: number;
  agreedFen: bigint;
  paidFen: bigint;
}

export interface CompanyMoney {
  projectId: string;
  settledFen: bigint;
  receivedFen: bigint;
}

export interface GroupedArea {
  groupId: string;
  parcels: number;
  handedOverParcels: number;
  totalArea: string;
  handedOverArea: string;
}

export interface DashboardData {
  /** The snapshot the statement read (`pg_current_snapshot()`): the figures are true while it is current. */
  snapshot: string;
  asOf: Date;
  /** The projects in scope (grouped by project) or the project's parcels (grouped by parcel), in code order. */
  groups: Array<ProjectRow | ParcelRow>;
  cases: GroupedCaseCount[];
  money: GroupedMoney[];
  company: CompanyMoney[];
  areas: GroupedArea[];
}

/**
 * Reads the dashboard's figures from the summaries the triggers keep (a few hundred rows whatever the number of
 * cases), and the parcels' areas from the parcels themselves (a project has tens of them).
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * The database's current snapshot and time (one cheap statement), and the project of `code` when given. Inside a
   * transaction the snapshot does not show the transaction's own uncommitted writes, so there `snapshot` is null and the
   * caller must compute.
   */
  async current(code?: string): Promise<{ snapshot: string | null; now: Date; project: ProjectRow | null }> {
    const [row] = await this.connection.manager.query<Array<{ snapshot: string; now: Date; project: ProjectRow | null }>>(
      code === undefined
        ? `SELECT pg_current_snapshot()::text AS snapshot, now() AS now, NULL AS project`
        : `SELECT pg_current_snapshot()::text AS snapshot, now() AS now,
                  (SELECT json_build_object('id', id, 'code', code, 'name', name) FROM project WHERE code = $1) AS project`,
      code === undefined ? [] : [code],
    );
    return { snapshot: this.connection.inTransaction ? null : row!.snapshot, now: row!.now, project: row!.project };
  }

  /**
   * The figures grouped by project (of those given, or all) or by parcel of one project, with the projects or parcels
   * themselves, in one statement: one round trip, and one snapshot (returned), so the figures agree with each other.
   */
  async figures(grouping: Grouping): Promise<DashboardData> {
    const byProject = grouping.by === 'project';
    const group = byProject ? '"projectId"' : '"parcelId"';
    const where = byProject ? `($1::uuid[] IS NULL OR "projectId" = ANY($1::uuid[]))` : `"projectId" = $1::uuid`;
    const rows = (sql: string) => `(SELECT COALESCE(json_agg(x), '[]'::json) FROM (${sql}) x)`;
    const groupRows = (sql: string) => `(SELECT COALESCE(json_agg(x ORDER BY x.code), '[]'::json) FROM (${sql}) x)`;
    const [answer] = await this.connection.manager.query<
      Array<{
        snapshot: string;
        asOf: Date;
        groups: Array<ProjectRow | ParcelRow>;
        cases: Array<{
          groupId: string;
          subjectType: SubjectType;
          status: CaseStatus;
          resettlementStatus: ResettlementStatus;
          cases: number;
        }>;
        money: Array<{ groupId: string; agreements: number; agreedFen: string; paidFen: string }>;
        company: Array<{ projectId: string; settledFen: string; receivedFen: string }>;
        areas: Array<{ groupId: string; parcels: number; handedOverParcels: number; totalArea: string; handedOverArea: string }>;
      }>
    >(
      `SELECT pg_current_snapshot()::text AS snapshot, now() AS "asOf",
        ${groupRows(
          byProject
            ? `SELECT id, code, name FROM project WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))`
            : `SELECT id, "projectId", code, village, status, area::text AS area FROM parcel WHERE "projectId" = $1::uuid`,
        )} AS groups,
        ${rows(`SELECT ${group} AS "groupId", "subjectType", status, "resettlementStatus", sum(cases)::int AS cases
                  FROM case_summary WHERE ${where} GROUP BY 1, 2, 3, 4 HAVING sum(cases) <> 0`)} AS cases,
        ${rows(`SELECT ${group} AS "groupId", sum(agreements)::int AS agreements, sum("agreedFen")::text AS "agreedFen", sum("paidFen")::text AS "paidFen"
                  FROM agreement_money_summary WHERE ${where} GROUP BY 1`)} AS money,
        ${rows(`SELECT "projectId", "settledFen"::text AS "settledFen", "receivedFen"::text AS "receivedFen" FROM company_money_summary WHERE ${where}`)} AS company,
        ${rows(`SELECT ${byProject ? '"projectId"' : 'id'} AS "groupId", count(*)::int AS parcels, (count(*) FILTER (WHERE status = 'handed_over'))::int AS "handedOverParcels",
                       sum(area)::numeric(16, 2)::text AS "totalArea", COALESCE(sum(area) FILTER (WHERE status = 'handed_over'), 0)::numeric(16, 2)::text AS "handedOverArea"
                  FROM parcel WHERE ${where} GROUP BY 1`)} AS areas`,
      [byProject ? grouping.projectIds : grouping.projectId],
    );
    return {
      snapshot: answer!.snapshot,
      asOf: answer!.asOf,
      groups: answer!.groups,
      cases: answer!.cases,
      money: answer!.money.map((r) => ({ ...r, agreedFen: BigInt(r.agreedFen), paidFen: BigInt(r.paidFen) })),
      company: answer!.company.map((r) => ({ ...r, settledFen: BigInt(r.settledFen), receivedFen: BigInt(r.receivedFen) })),
      areas: answer!.areas,
    };
  }
}
