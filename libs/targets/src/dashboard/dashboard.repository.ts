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
  asOf: Date;
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

  /** Projects the caller may see (`null`: all), in code order. */
  projects(projectIds: string[] | null): Promise<ProjectRow[]> {
    return this.connection.manager.query(
      `SELECT id, code, name FROM project WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) ORDER BY code`,
      [projectIds],
    );
  }

  async projectByCode(code: string): Promise<ProjectRow | null> {
    const [row] = await this.connection.manager.query<ProjectRow[]>(`SELECT id, code, name FROM project WHERE code = $1`, [code]);
    return row ?? null;
  }

  parcels(projectId: string): Promise<ParcelRow[]> {
    return this.connection.manager.query(
      `SELECT id, "projectId", code, village, status, area::text AS area FROM parcel WHERE "projectId" = $1 ORDER BY code`,
      [projectId],
    );
  }

  /**
   * The figures grouped by project (of those given, or all) or by parcel of one project, in one statement: one
   * round trip, and one snapshot, so the figures agree with each other.
   */
  async figures(grouping: Grouping): Promise<DashboardData> {
    const byProject = grouping.by === 'project';
    const group = byProject ? '"projectId"' : '"parcelId"';
    const where = byProject ? `($1::uuid[] IS NULL OR "projectId" = ANY($1::uuid[]))` : `"projectId" = $1::uuid`;
    const rows = (sql: string) => `(SELECT COALESCE(json_agg(x), '[]'::json) FROM (${sql}) x)`;
    const [answer] = await this.connection.manager.query<
      Array<{
        asOf: Date;
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
      `SELECT now() AS "asOf",
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
      asOf: answer!.asOf,
      cases: answer!.cases,
      money: answer!.money.map((r) => ({ ...r, agreedFen: BigInt(r.agreedFen), paidFen: BigInt(r.paidFen) })),
      company: answer!.company.map((r) => ({ ...r, settledFen: BigInt(r.settledFen), receivedFen: BigInt(r.receivedFen) })),
      areas: answer!.areas,
    };
  }
}
