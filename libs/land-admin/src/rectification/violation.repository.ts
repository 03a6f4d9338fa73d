import { Injectable } from '@nestjs/common';
import { SUBJECT_LABEL_VIEW } from '@app/subjects';
import { TransactionalConnection, type Page } from '@app/platform';
import { OPEN_STATUSES, type ViolationKind, type ViolationStatus } from './domain/violation-rules.js';
import type { SummaryFact } from './domain/rectification-summary.js';
import { Violation, ViolationStep, type ResponsibleSubjectType } from './violation.entity.js';

/**
 * Who may see which violations: all (`null`), or those on the given projects' parcels and in the villages those
 * parcels lie in (an officer's own projects).
 */
export type RectificationScope = readonly string[] | null;

/** A violation as the register shows it: with its project and parcel codes and the responsible subject's label. */
export interface ViolationRow extends Violation {
  projectCode: string | null;
  parcelCode: string | null;
  parcelStatus: string | null;
  subjectCode: string | null;
  subjectParty: string | null;
}

export interface ViolationFilters {
  /** The register of a year: found by its end and not closed before its start. */
  year?: number;
  village?: string;
  kind?: ViolationKind;
  status?: ViolationStatus;
  parcelId?: string;
  householdId?: string;
  /** Only open ones past their deadline, as of `today`. */
  overdueOn?: string;
}

const SELECT = `SELECT v.*, p.code AS "projectCode", pa.code AS "parcelCode", pa.status AS "parcelStatus", s.code AS "subjectCode", s.party AS "subjectParty"
  FROM rectification_violation v
  LEFT JOIN project p ON p.id = v."projectId"
  LEFT JOIN parcel pa ON pa.id = v."parcelId"
  LEFT JOIN ${SUBJECT_LABEL_VIEW} s ON s."subjectType" = v."responsibleSubjectType" AND s."subjectId" = v."responsibleSubjectId"`;

const SHANGHAI_DAY = `(v."discoveredAt" AT TIME ZONE 'Asia/Shanghai')::date`;

/** Database access for the 综合整治 register: violations and their steps. */
@Injectable()
export class ViolationRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get violations() {
    return this.connection.getRepository(Violation);
  }

  private get steps() {
    return this.connection.getRepository(ViolationStep);
  }

  /** The SQL condition of a scope on alias `v`, its parameter appended to `params`. */
  private scopeCondition(scope: RectificationScope, params: unknown[]): string {
    if (scope === null) return 'TRUE';
    params.push(scope);
    const n = params.length;
    return `(v."projectId" = ANY($${n}::uuid[]) OR v.village IN (SELECT DISTINCT village FROM parcel WHERE "projectId" = ANY($${n}::uuid[])))`;
  }

  /** The villages the given projects' parcels lie in. */
  async villagesOf(projectIds: readonly string[]): Promise<string[]> {
    if (!projectIds.length) return [];
    const rows = await this.connection.manager.query<Array<{ village: string }>>(
      `SELECT DISTINCT village FROM parcel WHERE "projectId" = ANY($1::uuid[]) ORDER BY village`,
      [projectIds],
    );
    return rows.map((r) => r.village);
  }

  /** Every village with a parcel or a violation. */
  async allVillages(): Promise<string[]> {
    const rows = await this.connection.manager.query<Array<{ village: string }>>(
      `SELECT village FROM parcel UNION SELECT village FROM rectification_violation ORDER BY village`,
    );
    return rows.map((r) => r.village);
  }

  insert(row: Partial<Violation>): Promise<Violation> {
    return this.violations.save(this.violations.create(row));
  }

  insertStep(row: Partial<ViolationStep>): Promise<ViolationStep> {
    return this.steps.save(this.steps.create(row));
  }

  /** A violation with its labels, or null (also outside `scope`). */
  async findRow(id: string, scope: RectificationScope): Promise<ViolationRow | null> {
    const params: unknown[] = [id];
    const rows = await this.connection.manager.query<ViolationRow[]>(
      `${SELECT} WHERE v.id = $1 AND ${this.scopeCondition(scope, params)}`,
      params,
    );
    return rows[0] ?? null;
  }

  findForUpdate(id: string): Promise<Violation | null> {
    return this.violations.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Applies a status step at `version`; false when the row moved on (stale). */
  async updateStatus(
    id: string,
    version: number,
    changes: Pick<Violation, 'status'> & Partial<Pick<Violation, 'deadline' | 'closedOn'>>,
  ): Promise<boolean> {
    const result = await this.violations
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** One page of the register within `scope`, newest found first. */
  async page(filters: ViolationFilters, scope: RectificationScope, skip: number, take: number): Promise<Page<ViolationRow>> {
    const params: unknown[] = [];
    const where = [this.scopeCondition(scope, params)];
    const add = (condition: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(condition(params.length));
    };
    if (filters.year !== undefined) {
      add((n) => `${SHANGHAI_DAY} <= make_date($${n}::int, 12, 31)`, filters.year);
      add((n) => `(v."closedOn" IS NULL OR v."closedOn" >= make_date($${n}::int, 1, 1))`, filters.year);
    }
    if (filters.village) add((n) => `v.village = $${n}`, filters.village);
    if (filters.kind) add((n) => `v.kind = $${n}`, filters.kind);
    if (filters.status) add((n) => `v.status = $${n}`, filters.status);
    if (filters.parcelId) add((n) => `v."parcelId" = $${n}`, filters.parcelId);
    if (filters.householdId)
      add((n) => `v."responsibleSubjectType" = 'household' AND v."responsibleSubjectId" = $${n}`, filters.householdId);
    if (filters.overdueOn) {
      add((n) => `v.status = ANY($${n}::varchar[])`, OPEN_STATUSES);
      add((n) => `v.deadline < $${n}::date`, filters.overdueOn);
    }
    const condition = where.join(' AND ');
    const [{ total }] = await this.connection.manager.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM rectification_violation v WHERE ${condition}`,
      params,
    );
    const items = await this.connection.manager.query<ViolationRow[]>(
      `${SELECT} WHERE ${condition} ORDER BY v."discoveredAt" DESC, v."serialNo" DESC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, skip, take],
    );
    return { items, total };
  }

  /** Every violation of the scope, in register order (for the ledger export). */
  all(filters: ViolationFilters, scope: RectificationScope): Promise<ViolationRow[]> {
    return this.page(filters, scope, 0, 100_000).then((p) => p.items.reverse());
  }

  /** A violation's steps, oldest first. */
  stepsOf(violationId: string): Promise<ViolationStep[]> {
    return this.steps.find({ where: { violationId }, order: { createdAt: 'ASC' } });
  }

  /** The facts the year's figures need: every violation in scope found by the year's end and not closed before its start. */
  async summaryFacts(year: number, scope: RectificationScope): Promise<SummaryFact[]> {
    const params: unknown[] = [year];
    return this.connection.manager.query<SummaryFact[]>(
      `SELECT v.village, v.kind, to_char(${SHANGHAI_DAY}, 'YYYY-MM-DD') AS "discoveredOn", to_char(v."closedOn", 'YYYY-MM-DD') AS "closedOn"
         FROM rectification_violation v
        WHERE ${SHANGHAI_DAY} <= make_date($1::int, 12, 31) AND (v."closedOn" IS NULL OR v."closedOn" >= make_date($1::int, 1, 1))
          AND ${this.scopeCondition(scope, params)}`,
      params,
    );
  }

  /** The Shanghai year of the latest violation found in scope (null for an empty register). */
  async latestYear(scope: RectificationScope): Promise<number | null> {
    const params: unknown[] = [];
    const [row] = await this.connection.manager.query<[{ year: number | null }]>(
      `SELECT max(extract(year FROM ${SHANGHAI_DAY}))::int AS year FROM rectification_violation v WHERE ${this.scopeCondition(scope, params)}`,
      params,
    );
    return row.year;
  }

  /** The violations still open on a parcel (they hold its handover back). */
  openOnParcel(parcelId: string): Promise<Violation[]> {
    return this.violations
      .createQueryBuilder('v')
      .where('v.parcelId = :parcelId AND v.status IN (:...open)', { parcelId, open: OPEN_STATUSES })
      .orderBy('v.serialNo', 'ASC')
      .getMany();
  }

  /** A household's illegal buildings (违法建筑 charged to it), in register order. */
  buildingsOf(subjectType: ResponsibleSubjectType, subjectId: string): Promise<Violation[]> {
    return this.violations.find({
      where: { responsibleSubjectType: subjectType, responsibleSubjectId: subjectId, kind: 'illegal_building' },
      order: { serialNo: 'ASC' },
    });
  }
}
