import { ProjectCodes } from '@app/compensation';
import { ConflictException, ForbiddenException, Injectable, NotFoundException, OnModuleInit, UnprocessableEntityException } from '@nestjs/common';
import { ProjectService } from '@app/land';
import { canSeeProject, canWriteProject, currentActor, noteChange, todayInShanghai, TransactionalConnection, visibleProjectIds, type Page } from '@app/platform';
import type { InboxEntry } from '../domain/inbox.js';
import { CompanyInboxRegistry } from '../inbox/inbox.registry.js';
import { dueDateProblem, ownershipProblem, sideOf, statusChange, type Side } from '../domain/communication-rules.js';
import type { ActionItemDto, CreateCommunicationDto, UpdateActionItemDto } from './dto/communication.dto.js';
import type { ActionItemRecord, CommunicationRecord } from './communication.entity.js';
import { CommunicationRepository } from './communication.repository.js';

const NOT_FOUND = '沟通记录不存在';
const ITEM_NOT_FOUND = '落实事项不存在';
const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';
/** Who records 沟通 and its action items: the town's officers and admins, and the company's liaison (each in their projects). */
export const COMMUNICATION_WRITERS = ['officer', 'admin', 'company'] as const;

/** 沟通 between the town and the company: communications per project, their action items, and what is overdue. */
@Injectable()
export class CommunicationService implements OnModuleInit {
  constructor(
    private readonly inbox: CompanyInboxRegistry,
    private readonly communications: CommunicationRepository,
    private readonly projects: ProjectService,
    private readonly connection: TransactionalConnection,
    private readonly codes: ProjectCodes,
  ) {}

  onModuleInit(): void {
    this.inbox.register({ kind: 'action_item', pending: (projectIds) => this.overdueForCompany(projectIds) });
  }

  /** The company's overdue action items, for its inbox. */
  private async overdueForCompany(projectIds: readonly string[] | null): Promise<InboxEntry[]> {
    const items = await this.communications.overdueCompanyItems(projectIds, todayInShanghai());
    return items.map((i) => ({
      kind: 'action_item',
      kindLabel: '逾期落实事项',
      refId: i.id,
      projectId: i.projectId,
      title: i.content,
      detail: `${i.communication!.subject}；责任人 ${i.owner}`,
      since: i.communication!.heldOn,
      dueOn: i.dueOn,
      link: '/action-items',
    }));
  }

  /** The side the caller writes for; 403 for readers who take no side (finance, leaders). */
  private writingSide(projectId: string): Side {
    const actor = currentActor();
    const side = sideOf(actor.roles);
    if (!side || !canWriteProject(projectId, COMMUNICATION_WRITERS)) throw new ForbiddenException('只有镇动迁办或西虹桥公司的经办人员可以记录沟通');
    return side;
  }

  private checkDueDates(items: readonly Pick<ActionItemDto, 'dueOn'>[], heldOn: string): void {
    const problems = items.map((item, i) => [i, dueDateProblem(item.dueOn, heldOn)] as const).filter(([, p]) => p !== null);
    if (problems.length) throw new UnprocessableEntityException(problems.map(([i, p]) => `第${i + 1}个事项：${p}`).join('；'));
  }

  async list(projectCode: string, skip: number, take: number): Promise<Page<CommunicationRecord> & { projectCode: string }> {
    const project = await this.projects.getByCode(projectCode);
    return { ...(await this.communications.listByProject(project.id, skip, take)), projectCode: project.code };
  }

  /** A communication with its items, or 404 (also outside the caller's projects). */
  async get(id: string): Promise<CommunicationRecord> {
    const found = await this.communications.findById(id);
    if (!found || !canSeeProject(found.projectId)) throw new NotFoundException(NOT_FOUND);
    return found;
  }

  async create(projectCode: string, dto: CreateCommunicationDto): Promise<CommunicationRecord> {
    const project = await this.projects.getByCode(projectCode);
    const side = this.writingSide(project.id);
    const items = dto.actionItems ?? [];
    this.checkDueDates(items, dto.heldOn);
    if (dto.heldOn > todayInShanghai()) throw new UnprocessableEntityException(`日期 ${dto.heldOn} 不能晚于今天`);
    const username = currentActor().username;
    const id = await this.connection.transaction(async () => {
      const created = await this.communications.insert({
        projectId: project.id,
        kind: dto.kind,
        heldOn: dto.heldOn,
        subject: dto.subject,
        townParticipants: dto.townParticipants,
        companyParticipants: dto.companyParticipants,
        minutes: dto.minutes,
        recordedBySide: side,
        createdBy: username,
      });
      noteChange({ entityType: 'communication', entityId: created.id, projectId: project.id, after: { kind: dto.kind, heldOn: dto.heldOn, subject: dto.subject, recordedBySide: side } });
      if (items.length) {
        for (const item of await this.communications.insertItems(items.map((i) => this.itemRow(i, created, username)))) this.noteItem(item);
      }
      return created.id;
    });
    return this.get(id);
  }

  private itemRow(i: ActionItemDto, c: Pick<CommunicationRecord, 'id' | 'projectId'>, username: string) {
    return { communicationId: c.id, projectId: c.projectId, content: i.content, ownerSide: i.ownerSide, owner: i.owner, dueOn: i.dueOn, status: 'open' as const, doneOn: null, doneBy: null, createdBy: username };
  }

  /** Adds an action item to a communication (either side). */
  async addItem(communicationId: string, dto: ActionItemDto): Promise<ActionItemRecord> {
    const c = await this.get(communicationId);
    this.writingSide(c.projectId);
    this.checkDueDates([dto], c.heldOn);
    const [item] = await this.communications.insertItems([this.itemRow(dto, c, currentActor().username)]);
    this.noteItem(item!);
    item!.communication = c;
    return item!;
  }

  private noteItem(item: ActionItemRecord): void {
    noteChange({ entityType: 'action-item', entityId: item.id, projectId: item.projectId, after: { content: item.content, ownerSide: item.ownerSide, owner: item.owner, dueOn: item.dueOn } });
  }

  /** Marks an item done or open again: only its own side (an admin either), against the version read. */
  async updateItem(id: string, dto: UpdateActionItemDto): Promise<ActionItemRecord> {
    return this.connection.transaction(async () => {
      const item = await this.communications.findItemForUpdate(id);
      if (!item || !canSeeProject(item.projectId)) throw new NotFoundException(ITEM_NOT_FOUND);
      const side = this.writingSide(item.projectId);
      const actor = currentActor();
      const refused = ownershipProblem(item.ownerSide, side, actor.roles.includes('admin'));
      if (refused) throw new ForbiddenException(refused);
      if (item.version !== dto.version) throw new ConflictException(STALE_MESSAGE);
      const change = statusChange({ status: dto.status, doneOn: dto.doneOn }, { heldOn: item.communication!.heldOn, today: todayInShanghai() });
      if (!change.ok) throw new UnprocessableEntityException(change.message);
      noteChange({
        entityType: 'action-item',
        entityId: item.id,
        projectId: item.projectId,
        before: { status: item.status, doneOn: item.doneOn },
        after: { status: change.status, doneOn: change.doneOn },
      });
      item.status = change.status;
      item.doneOn = change.doneOn;
      item.doneBy = change.status === 'done' ? actor.username : null;
      return this.communications.saveItem(item);
    });
  }

  /** Action items in the caller's projects (or one project): overdue ones by default, most urgent first. */
  async items(query: { project?: string; state?: 'overdue' | 'open' | 'done'; skip: number; take: number }): Promise<Page<ActionItemRecord>> {
    let projectIds = visibleProjectIds();
    if (query.project) {
      const projectId = await this.codes.idOf(query.project);
      if (!projectId || !canSeeProject(projectId)) return { items: [], total: 0 };
      projectIds = [projectId];
    }
    const state = query.state ?? 'overdue';
    return this.communications.listItems({
      projectIds,
      ...(state === 'overdue' ? { overdueOn: todayInShanghai() } : { status: state }),
      skip: query.skip,
      take: query.take,
    });
  }

  /** Project codes by id, for answers. */
  async codesOf(ids: readonly string[]): Promise<Map<string, string>> {
    return this.codes.of(ids);
  }
}
