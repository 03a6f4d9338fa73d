import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { ActionItemRecord, CommunicationRecord } from './communication.entity.js';

export interface ActionItemFilters {
  /** Projects in scope (null: all). */
  projectIds: string[] | null;
  /** Only open items due before this day (the overdue ones), when given. */
  overdueOn?: string;
  status?: 'open' | 'done';
  skip: number;
  take: number;
}

/** Database access for communications and their action items. */
@Injectable()
export class CommunicationRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get communications() {
    return this.connection.getRepository(CommunicationRecord);
  }

  private get items() {
    return this.connection.getRepository(ActionItemRecord);
  }

  /** A project's communications, latest first, with their action items. */
  async listByProject(projectId: string, skip: number, take: number): Promise<{ items: CommunicationRecord[]; total: number }> {
    const [items, total] = await this.communications.findAndCount({
      where: { projectId },
      order: { heldOn: 'DESC', createdAt: 'DESC' },
      relations: { actionItems: true },
      skip,
      take,
    });
    for (const c of items) c.actionItems?.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.createdAt.getTime() - b.createdAt.getTime());
    return { items, total };
  }

  async findById(id: string): Promise<CommunicationRecord | null> {
    const found = await this.communications.findOne({ where: { id }, relations: { actionItems: true } });
    found?.actionItems?.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.createdAt.getTime() - b.createdAt.getTime());
    return found;
  }

  insert(row: Omit<CommunicationRecord, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'project' | 'actionItems'>): Promise<CommunicationRecord> {
    return this.communications.save(this.communications.create(row));
  }

  insertItems(rows: Array<Omit<ActionItemRecord, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'communication'>>): Promise<ActionItemRecord[]> {
    return this.items.save(rows.map((r) => this.items.create(r)));
  }

  /** An action item with its communication, locked for the update. */
  findItemForUpdate(id: string): Promise<ActionItemRecord | null> {
    return this.items.findOne({ where: { id }, relations: { communication: true }, lock: { mode: 'pessimistic_write', tables: ['action_item'] } });
  }

  saveItem(item: ActionItemRecord): Promise<ActionItemRecord> {
    return this.items.save(item);
  }

  /** Action items across projects, the most urgent first (due date, then recorded). */
  async listItems(filters: ActionItemFilters): Promise<{ items: ActionItemRecord[]; total: number }> {
    const query = this.items
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.communication', 'c')
      .orderBy('i.dueOn', 'ASC')
      .addOrderBy('i.createdAt', 'ASC')
      .skip(filters.skip)
      .take(filters.take);
    if (filters.projectIds) query.andWhere('i.projectId = ANY(:ids)', { ids: filters.projectIds });
    if (filters.overdueOn) query.andWhere(`i.status = 'open' AND i.dueOn < :today`, { today: filters.overdueOn });
    else if (filters.status) query.andWhere('i.status = :status', { status: filters.status });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  /** Open items the company owns, past their due day, in these projects (null: all), with their communication. */
  overdueCompanyItems(projectIds: readonly string[] | null, today: string): Promise<ActionItemRecord[]> {
    const query = this.items
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.communication', 'c')
      .where(`i.status = 'open' AND i.ownerSide = 'company' AND i.dueOn < :today`, { today })
      .orderBy('i.dueOn', 'ASC')
      .addOrderBy('i.id', 'ASC');
    if (projectIds) query.andWhere('i.projectId = ANY(:ids)', { ids: projectIds });
    return query.getMany();
  }
}
