import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { TOWN_WIDE } from '@app/company';
import { UserActors } from '@app/identity';
import { currentActor, noteChange, PROJECT_DIRECTORY, todayInShanghai, TransactionalConnection, type ProjectDirectory } from '@app/platform';
import { BaseRepository } from '@app/resettlement';
import { milestoneAccess, milestoneListScope } from '../domain/milestone-access.js';
import { dependencyCycle } from '../domain/milestone-dependency.js';
import { addDays, MILESTONE_SOON_DAYS } from '../domain/milestone-due.js';
import { MILESTONE_STATUS_LABELS, milestoneCompletionProblem, milestoneTransitionProblem } from '../domain/milestone-status.js';
import type { ChangeMilestoneStatusDto, CreateMilestoneDto, ListMilestonesDto, UpdateMilestoneDto } from './dto/milestone.dto.js';
import type { Milestone } from './milestone.entity.js';
import { MilestoneRepository, type MilestoneFilter, type MilestoneWrite } from './milestone.repository.js';

export const MILESTONE_NOT_FOUND = '时间节点不存在';
const STALE_MESSAGE = '该时间节点已被他人修改，请刷新后重试';

const unprocessable = (message: string, field?: string) => new UnprocessableEntityException(field ? { message, details: [{ field, message }] } : message);

/**
 * The advancement plan's time nodes (推进方案, 时间节点): kept by admins, leaders and officers (their projects and
 * the town's bases), read by finance and by the company for its projects; status changes through the table in
 * domain/milestone-status, dependencies without cycles, optimistic locking.
 */
@Injectable()
export class MilestoneService {
  constructor(
    private readonly milestones: MilestoneRepository,
    private readonly bases: BaseRepository,
    private readonly users: UserActors,
    private readonly connection: TransactionalConnection,
    @Inject(PROJECT_DIRECTORY) private readonly projects: ProjectDirectory,
  ) {}

  /** The nodes the caller may see matching the query (unknown project or base codes match nothing). */
  async list(query: ListMilestonesDto): Promise<Milestone[]> {
    const filter: MilestoneFilter = { status: query.status };
    if (query.project) {
      const [project] = await this.projects.findByCodes([query.project]);
      if (!project) return [];
      filter.projectId = project.id;
    }
    if (query.base) {
      const base = await this.bases.findByCode(query.base);
      if (!base) return [];
      filter.baseId = base.id;
    }
    const today = todayInShanghai();
    if (query.due === 'overdue') filter.plannedBefore = today;
    if (query.due === 'soon') Object.assign(filter, { plannedBefore: today, plannedThrough: addDays(today, MILESTONE_SOON_DAYS) });
    return this.milestones.list(milestoneListScope(currentActor()), filter);
  }

  /** Overdue and due-soon nodes in the caller's scope (the leader's home screen). */
  async overdueSummary(): Promise<{ today: string; overdue: Milestone[]; soon: Milestone[] }> {
    const today = todayInShanghai();
    const scope = milestoneListScope(currentActor());
    const [overdue, soon] = await Promise.all([
      this.milestones.list(scope, { plannedBefore: today }),
      this.milestones.list(scope, { plannedBefore: today, plannedThrough: addDays(today, MILESTONE_SOON_DAYS) }),
    ]);
    return { today, overdue, soon };
  }

  async get(id: string): Promise<Milestone> {
    const node = await this.milestones.findById(id);
    if (!node || milestoneAccess(currentActor(), node) === 'none') throw new NotFoundException(MILESTONE_NOT_FOUND);
    return node;
  }

  /** The node's project when the caller may see it (attachments), else null. */
  async projectOf(id: string): Promise<string | typeof TOWN_WIDE | null> {
    const node = await this.milestones.findById(id);
    if (!node || milestoneAccess(currentActor(), node) === 'none') return null;
    return node.projectId ?? TOWN_WIDE;
  }

  async create(dto: CreateMilestoneDto): Promise<Milestone> {
    const id = await this.connection.transaction(async () => {
      const owner = await this.ownerOf(dto);
      this.assertWritable(owner);
      const fields = await this.checkedFields(dto, null);
      const row: MilestoneWrite = { ...owner, ...fields, status: 'not_started', actualOn: null };
      const created = await this.milestones.insert(row);
      noteChange({ entityType: 'milestone', entityId: created, projectId: owner.projectId ?? undefined, after: { ...row } });
      return created;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateMilestoneDto): Promise<Milestone> {
    await this.connection.transaction(async () => {
      const node = await this.lockedWritable(id, dto.version);
      const fields = await this.checkedFields(dto, node);
      if (!(await this.milestones.update(id, dto.version, fields))) throw new ConflictException(STALE_MESSAGE);
      noteChange({ entityType: 'milestone', entityId: id, projectId: node.projectId ?? undefined, before: pick(node, fields), after: { ...fields } });
    });
    return this.get(id);
  }

  async changeStatus(id: string, dto: ChangeMilestoneStatusDto): Promise<Milestone> {
    await this.connection.transaction(async () => {
      const node = await this.lockedWritable(id, dto.version);
      const transition = milestoneTransitionProblem(node.status, dto.status);
      if (transition) throw unprocessable(transition, 'status');
      const actualOn = dto.status === 'done' ? (dto.actualOn ?? null) : null;
      const dependency = node.dependsOnId ? await this.milestones.findById(node.dependsOnId) : null;
      const completion = milestoneCompletionProblem({ status: dto.status, actualOn, today: todayInShanghai(), dependency });
      if (completion) throw unprocessable(completion, completion.startsWith('须先完成') ? 'dependsOnId' : 'actualOn');
      if (node.status === 'done') {
        const dependents = await this.milestones.doneDependents(id);
        if (dependents.length) throw unprocessable(`后续节点“${dependents.map((d) => d.name).join('”“')}”已完成，不能把本节点改为“${MILESTONE_STATUS_LABELS[dto.status]}”`, 'status');
      }
      if (!(await this.milestones.update(id, dto.version, { status: dto.status, actualOn }))) throw new ConflictException(STALE_MESSAGE);
      noteChange({ entityType: 'milestone', entityId: id, projectId: node.projectId ?? undefined, before: { status: node.status, actualOn: node.actualOn }, after: { status: dto.status, actualOn } });
    });
    return this.get(id);
  }

  private async ownerOf(dto: CreateMilestoneDto): Promise<{ projectId: string | null; baseId: string | null }> {
    if (!!dto.projectCode === !!dto.baseCode) throw unprocessable('须指定所属项目或安置基地（二者选一）', 'projectCode');
    if (dto.projectCode) {
      const [project] = await this.projects.findByCodes([dto.projectCode]);
      if (!project || milestoneAccess(currentActor(), { projectId: project.id }) === 'none') throw unprocessable(`项目 ${dto.projectCode} 不存在`, 'projectCode');
      return { projectId: project.id, baseId: null };
    }
    const base = await this.bases.findByCode(dto.baseCode!);
    if (!base) throw unprocessable(`安置基地 ${dto.baseCode} 不存在`, 'baseCode');
    return { projectId: null, baseId: base.id };
  }

  private assertWritable(node: { projectId: string | null }): void {
    const access = milestoneAccess(currentActor(), node);
    if (access === 'none') throw new NotFoundException(MILESTONE_NOT_FOUND);
    if (access === 'read') throw new ForbiddenException('当前用户不能修改时间节点');
  }

  private async lockedWritable(id: string, version: number): Promise<Milestone> {
    const node = await this.milestones.findForUpdate(id);
    if (!node) throw new NotFoundException(MILESTONE_NOT_FOUND);
    this.assertWritable(node);
    if (node.version !== version) throw new ConflictException(STALE_MESSAGE);
    return node;
  }

  /** The editable fields, checked: the responsible user exists, the dependency exists, is visible and closes no loop. */
  private async checkedFields(dto: CreateMilestoneDto | UpdateMilestoneDto, node: Milestone | null) {
    const responsibleUserId = dto.responsibleUserId ?? null;
    if (responsibleUserId && !(await this.users.actorOf(responsibleUserId))) throw unprocessable('责任人账号不存在或已停用', 'responsibleUserId');
    const dependsOnId = dto.dependsOnId ?? null;
    if (dependsOnId) {
      const dependency = await this.milestones.findById(dependsOnId);
      if (!dependency || milestoneAccess(currentActor(), dependency) === 'none') throw unprocessable('前置节点不存在', 'dependsOnId');
      if (node) {
        const all = await this.milestones.dependencies();
        const cycle = dependencyCycle(node.id, dependsOnId, all);
        if (cycle) {
          const names = await Promise.all(cycle.map(async (id) => (id === node.id ? dto.name : (await this.milestones.findById(id))?.name ?? id)));
          throw unprocessable(`前置节点不能形成循环：${names.join(' → ')}`, 'dependsOnId');
        }
        if (node.status === 'done' && dependency.status !== 'done') throw unprocessable(`本节点已完成，前置节点“${dependency.name}”须也已完成`, 'dependsOnId');
      }
    }
    return {
      name: dto.name,
      plannedOn: dto.plannedOn,
      responsibleUnit: dto.responsibleUnit,
      responsibleUserId,
      responsibleName: dto.responsibleName?.trim() || null,
      dependsOnId,
      remarks: dto.remarks?.trim() || null,
    };
  }
}

function pick(node: Milestone, fields: object): Record<string, unknown> {
  return Object.fromEntries(Object.keys(fields).map((k) => [k, (node as unknown as Record<string, unknown>)[k]]));
}
