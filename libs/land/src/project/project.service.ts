import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { canSeeProject, noteChange, TransactionalConnection, visibleProjectIds, type Page } from '@app/platform';
import { STALE_MESSAGE } from '../land.constants.js';
import { changedFields } from '../domain/changed-fields.js';
import { CreateProjectDto } from './dto/create-project.dto.js';
import { ListProjectsQuery } from './dto/list-projects.query.js';
import { UpdateProjectDto } from './dto/update-project.dto.js';
import { Project } from './project.entity.js';
import { ProjectRepository } from './project.repository.js';

export const DEFAULT_ACQUIRER = '西虹桥公司';

@Injectable()
export class ProjectService {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly connection: TransactionalConnection,
  ) {}

  /** Lists the projects the caller may see, ordered by code. */
  list(query: ListProjectsQuery): Promise<Page<Project>> {
    return this.projects.list(query, visibleProjectIds());
  }

  /** The project with `code`, or 404 — also when the caller may not see it (as if it did not exist). */
  async getByCode(code: string): Promise<Project> {
    const project = await this.projects.findByCode(code);
    if (!project || !canSeeProject(project.id)) throw new NotFoundException(`项目 ${code} 不存在`);
    return project;
  }

  /** Creates a project; its code must be new. */
  async create(dto: CreateProjectDto): Promise<Project> {
    assertDateOrder(dto.plannedStartOn, dto.plannedEndOn);
    return this.connection.transaction(async () => {
      if (await this.projects.findByCode(dto.code)) throw new ConflictException(`项目编号 ${dto.code} 已存在`);
      const project = await this.projects.save({
        code: dto.code,
        name: dto.name.trim(),
        zone: dto.zone?.trim() || null,
        acquirer: dto.acquirer?.trim() || DEFAULT_ACQUIRER,
        status: dto.status ?? 'preparing',
        plannedStartOn: dto.plannedStartOn ?? null,
        plannedEndOn: dto.plannedEndOn ?? null,
        remarks: dto.remarks ?? null,
      });
      const { code, name, zone, acquirer, status, plannedStartOn, plannedEndOn, remarks } = project;
      noteChange({ entityType: 'project', entityId: project.id, projectId: project.id, after: { code, name, zone, acquirer, status, plannedStartOn, plannedEndOn, remarks } });
      return project;
    });
  }

  /**
   * Changes a project's fields (not its code) if `version` is still current (else 409
   * “该记录已被他人修改，请刷新后重试”). Returns the project as stored afterwards.
   */
  update(code: string, dto: UpdateProjectDto): Promise<Project> {
    return this.connection.transaction(async () => {
      const current = await this.getByCode(code);
      if (current.version !== dto.version) throw new ConflictException(STALE_MESSAGE);
      const next: Partial<Project> = {
        name: dto.name?.trim(),
        zone: dto.zone === undefined ? undefined : dto.zone?.trim() || null,
        acquirer: dto.acquirer === undefined ? undefined : dto.acquirer?.trim() || DEFAULT_ACQUIRER,
        status: dto.status ?? undefined,
        plannedStartOn: dto.plannedStartOn,
        plannedEndOn: dto.plannedEndOn,
        remarks: dto.remarks,
      };
      const { changes, before, after } = changedFields(current, next);
      if (!Object.keys(changes).length) return current;
      assertDateOrder(changes.plannedStartOn === undefined ? current.plannedStartOn : changes.plannedStartOn, changes.plannedEndOn === undefined ? current.plannedEndOn : changes.plannedEndOn);
      if (!(await this.projects.updateVersioned(current.id, dto.version, changes))) throw new ConflictException(STALE_MESSAGE);
      noteChange({ entityType: 'project', entityId: current.id, projectId: current.id, before, after });
      return (await this.projects.findById(current.id))!;
    });
  }
}

/** A planned end before the planned start is refused next to the end date. */
function assertDateOrder(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start) {
    const message = '计划完成日期不能早于计划开始日期';
    throw new BadRequestException({ message, details: [{ field: 'plannedEndOn', message }] });
  }
}
