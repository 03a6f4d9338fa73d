import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { formatArea, noteChange, TransactionalConnection, type Page } from '@app/platform';
import { Project } from '../project/project.entity.js';
import { ProjectService } from '../project/project.service.js';
import { CreateParcelDto } from './dto/create-parcel.dto.js';
import { Parcel } from './parcel.entity.js';
import { ParcelRepository } from './parcel.repository.js';

@Injectable()
export class ParcelService {
  constructor(
    private readonly parcels: ParcelRepository,
    private readonly projects: ProjectService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** Parcels of a project, ordered by code. */
  async list(projectCode: string, query: { page: number; pageSize: number; status?: string }): Promise<{ project: Project; page: Page<Parcel> }> {
    const project = await this.projects.getByCode(projectCode);
    return { project, page: await this.parcels.listByProject(project.id, query) };
  }

  /** Adds a parcel to a project; its code must be new within the project. */
  create(projectCode: string, dto: CreateParcelDto): Promise<{ project: Project; parcel: Parcel }> {
    return this.connection.transaction(async () => {
      const project = await this.projects.getByCode(projectCode);
      if (await this.parcels.findByCode(project.id, dto.code)) throw new ConflictException(`地块编号 ${dto.code} 在项目 ${project.code} 中已存在`);
      const parcel = await this.parcels.save({
        projectId: project.id,
        code: dto.code,
        village: dto.village.trim(),
        landOwnership: dto.landOwnership,
        area: formatArea(dto.area),
        status: dto.status ?? 'surveying',
        remarks: dto.remarks ?? null,
      });
      const { code, village, landOwnership, area, status, remarks } = parcel;
      noteChange({ entityType: 'parcel', entityId: parcel.id, projectId: project.id, after: { code, village, landOwnership, area, status, remarks } });
      return { project, parcel };
    });
  }

  /**
   * Resolves a project code and parcel code given in a subject's input, with Chinese 422s
   * when either does not exist (the input is wrong, not the URL).
   */
  async resolve(projectCode: string, parcelCode: string): Promise<{ project: Project; parcel: Parcel }> {
    const project = await this.projects.getByCode(projectCode).catch((error: unknown) => {
      if (error instanceof NotFoundException) throw new UnprocessableEntityException(`项目 ${projectCode} 不存在`);
      throw error;
    });
    const parcel = await this.parcels.findByCode(project.id, parcelCode);
    if (!parcel) throw new UnprocessableEntityException(`地块 ${parcelCode} 不属于项目 ${projectCode} 或不存在`);
    return { project, parcel };
  }

  /** Parcels by id (for mapping subjects' parcel codes). */
  findByIds(ids: string[]): Promise<Parcel[]> {
    return this.parcels.findByIds(ids);
  }

  findById(id: string): Promise<Parcel | null> {
    return this.parcels.findById(id);
  }
}
