import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { canSeeProject, noteChange, TransactionalConnection, visibleProjectIds, type Page } from '@app/platform';
import { CreateProjectDto } from './dto/create-project.dto.js';
import { ListProjectsQuery } from './dto/list-projects.query.js';
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
    if (dto.plannedStartOn && dto.plannedEndOn && dto.plannedEndOn < dto.plannedStartOn) {
      const message = '计划完成日期不能早于计划开始日期';
      throw new BadRequestException({ message, details: [{ field: 'plannedEndOn', message }] });
    }
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
}
