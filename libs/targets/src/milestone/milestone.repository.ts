import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import type { MilestoneStatus } from '../domain/milestone-status.js';
import { Milestone, MilestoneOverdueCheck } from './milestone.entity.js';

/** Which nodes a reader sees: every node (`projectIds` null), or those of these projects, and base nodes or not. */
export interface MilestoneScope {
  projectIds: readonly string[] | null;
  bases: boolean;
}

export interface MilestoneFilter {
  projectId?: string;
  baseId?: string;
  status?: MilestoneStatus;
  /** Not done and planned before this date. */
  plannedBefore?: string;
  /** Not done and planned from `plannedBefore`… up to this date (inclusive). */
  plannedThrough?: string;
}

export type MilestoneWrite = Pick<
  Milestone,
  'projectId' | 'baseId' | 'name' | 'plannedOn' | 'responsibleUnit' | 'responsibleUserId' | 'responsibleName' | 'status' | 'actualOn' | 'dependsOnId' | 'remarks'
>;

/** Database access for time nodes and the daily overdue checks. */
@Injectable()
export class MilestoneRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get milestones() {
    return this.connection.getRepository(Milestone);
  }

  private get checks() {
    return this.connection.getRepository(MilestoneOverdueCheck);
  }

  private withNames() {
    return this.milestones
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.project', 'p')
      .leftJoinAndSelect('m.base', 'b')
      .leftJoin('m.dependsOn', 'd')
      .addSelect(['d.id', 'd.name', 'd.status'])
      .leftJoin('m.responsibleUser', 'u')
      .addSelect(['u.id', 'u.displayName', 'u.disabled']);
  }

  /** The nodes in scope matching the filter, by planned date. */
  list(scope: MilestoneScope, filter: MilestoneFilter): Promise<Milestone[]> {
    const q = this.withNames();
    if (scope.projectIds !== null) {
      q.andWhere(scope.bases ? '(m."projectId" = ANY(:ids) OR m."baseId" IS NOT NULL)' : 'm."projectId" = ANY(:ids)', { ids: scope.projectIds });
    }
    if (filter.projectId) q.andWhere('m."projectId" = :projectId', { projectId: filter.projectId });
    if (filter.baseId) q.andWhere('m."baseId" = :baseId', { baseId: filter.baseId });
    if (filter.status) q.andWhere('m.status = :status', { status: filter.status });
    if (filter.plannedBefore && !filter.plannedThrough) q.andWhere(`m.status <> 'done' AND m."plannedOn" < :before`, { before: filter.plannedBefore });
    if (filter.plannedBefore && filter.plannedThrough) {
      q.andWhere(`m.status <> 'done' AND m."plannedOn" >= :from AND m."plannedOn" <= :through`, { from: filter.plannedBefore, through: filter.plannedThrough });
    }
    return q.orderBy('m."plannedOn"').addOrderBy('m.name').getMany();
  }

  findById(id: string): Promise<Milestone | null> {
    return this.withNames().where('m.id = :id', { id }).getOne();
  }

  findForUpdate(id: string): Promise<Milestone | null> {
    return this.milestones.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The done nodes that depend on `id`. */
  doneDependents(id: string): Promise<Milestone[]> {
    return this.milestones.findBy({ dependsOnId: id, status: 'done' });
  }

  /** Every node's dependency (the table is small: a plan has dozens of nodes). */
  async dependencies(): Promise<Map<string, string | null>> {
    const rows: Array<{ id: string; dependsOnId: string | null }> = await this.milestones.createQueryBuilder('m').select(['m.id AS id', 'm."dependsOnId" AS "dependsOnId"']).getRawMany();
    return new Map(rows.map((r) => [r.id, r.dependsOnId]));
  }

  async insert(row: MilestoneWrite): Promise<string> {
    const saved = await this.milestones.save(this.milestones.create(row));
    return saved.id;
  }

  /** Changes a node still at `version` (and counts the version on); false when someone changed it first. */
  async update(id: string, version: number, changes: Partial<MilestoneWrite>): Promise<boolean> {
    const result = await this.milestones
      .createQueryBuilder()
      .update(Milestone)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  /** The demo plan's nodes as given, in one statement. */
  async insertLoaded(rows: ReadonlyArray<MilestoneWrite & { id: string }>): Promise<void> {
    if (rows.length) await this.milestones.insert(rows.map((r) => ({ ...r })));
  }

  /** Every node not done whose planned date is before `today` (for the daily check), with names. */
  overdueOn(today: string): Promise<Milestone[]> {
    return this.list({ projectIds: null, bases: true }, { plannedBefore: today });
  }

  /** Records the day's check; false (and nothing written) when that day was already checked. */
  async insertCheck(day: string, milestoneIds: readonly string[]): Promise<string | null> {
    const result = await this.checks
      .createQueryBuilder()
      .insert()
      .into(MilestoneOverdueCheck)
      .values({ day, milestoneIds: [...milestoneIds], overdueCount: milestoneIds.length, notified: 0 })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as Array<{ id: string }>)[0]?.id ?? null;
  }

  async setNotified(checkId: string, notified: number): Promise<void> {
    await this.checks.update({ id: checkId }, { notified });
  }

  findCheck(day: string): Promise<MilestoneOverdueCheck | null> {
    return this.checks.findOneBy({ day });
  }
}
