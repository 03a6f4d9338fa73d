import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { canWriteProject, formatArea, noteChange, TransactionalConnection, type Page, type Role } from '@app/platform';
import { changedFields } from '../domain/changed-fields.js';
import { checkParcelChange, PARCEL_HANDOVER_CAUSE } from '../domain/parcel-status-change.js';
import { STALE_MESSAGE } from '../land.constants.js';
import { Project } from '../project/project.entity.js';
import { ProjectService } from '../project/project.service.js';
import { CreateParcelDto } from './dto/create-parcel.dto.js';
import { UpdateParcelDto } from './dto/update-parcel.dto.js';
import { ParcelCasesRegistry } from './parcel-cases.registry.js';
import { Parcel } from './parcel.entity.js';
import { ParcelRepository } from './parcel.repository.js';

/** Roles that record and change parcels (officers in their projects; admin anywhere). */
const PARCEL_WRITERS: readonly Role[] = ['officer', 'admin'];

@Injectable()
export class ParcelService {
  constructor(
    private readonly parcels: ParcelRepository,
    private readonly projects: ProjectService,
    private readonly parcelCases: ParcelCasesRegistry,
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
   * Changes a parcel's fields (not its code) if `version` is still current (else 409
   * “该记录已被他人修改，请刷新后重试”). Handing it over (已移交) needs every case on it settled;
   * a handed-over parcel's land (village, ownership, area) is fixed.
   */
  update(projectCode: string, parcelCode: string, dto: UpdateParcelDto): Promise<{ project: Project; parcel: Parcel }> {
    return this.connection.transaction(async () => {
      const project = await this.projects.getByCode(projectCode);
      const current = await this.parcels.findByCode(project.id, parcelCode);
      if (!current) throw new NotFoundException(`地块 ${parcelCode} 不存在`);
      if (!canWriteProject(project.id, PARCEL_WRITERS)) throw new ForbiddenException('没有权限修改该项目的数据');
      if (current.version !== dto.version) throw new ConflictException(STALE_MESSAGE);
      const { changes, before, after } = changedFields(current, {
        village: dto.village?.trim(),
        landOwnership: dto.landOwnership,
        area: dto.area === undefined ? undefined : formatArea(dto.area),
        status: dto.status ?? undefined,
        remarks: dto.remarks,
      });
      if (!Object.keys(changes).length) return { project, parcel: current };
      const cases = changes.status ? await this.parcelCases.count(current.id) : { unsettled: 0, handedOver: 0 };
      const check = checkParcelChange(current.status, changes, cases);
      if (!check.ok) throw new UnprocessableEntityException({ message: check.message, details: [{ field: check.field, message: check.message }] });
      if (!(await this.parcels.updateVersioned(current.id, dto.version, changes))) throw new ConflictException(STALE_MESSAGE);
      noteChange({ entityType: 'parcel', entityId: current.id, projectId: project.id, before: { code: current.code, ...before }, after: { code: current.code, ...after } });
      return { project, parcel: (await this.parcels.findById(current.id))! };
    });
  }

  /**
   * Hands a parcel over as an accepted 移交单 does (the handover library calls it inside its acceptance's
   * transaction): the same check as a plain change, caused by the record; `excused` cases on it (excluded
   * from the handover by an admin) do not count as unsettled.
   */
  async handOver(parcelId: string, excused: number): Promise<Parcel> {
    const current = await this.parcels.findById(parcelId);
    if (!current) throw new NotFoundException('地块不存在');
    const counts = await this.parcelCases.count(current.id);
    const check = checkParcelChange(current.status, { status: 'handed_over' }, { ...counts, unsettled: Math.max(0, counts.unsettled - excused) }, PARCEL_HANDOVER_CAUSE.record);
    if (!check.ok) throw new UnprocessableEntityException({ message: check.message, details: [{ field: check.field, message: check.message }] });
    if (current.status === 'handed_over') return current;
    if (!(await this.parcels.updateVersioned(current.id, current.version, { status: 'handed_over' }))) throw new ConflictException(STALE_MESSAGE);
    noteChange({ entityType: 'parcel', entityId: current.id, projectId: current.projectId, before: { code: current.code, status: current.status }, after: { code: current.code, status: 'handed_over' } });
    return (await this.parcels.findById(current.id))!;
  }

  /** Parcels of a project (all of them, by code), for the handover summary. */
  listAll(projectId: string): Promise<Parcel[]> {
    return this.parcels.listAllOfProject(projectId);
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
