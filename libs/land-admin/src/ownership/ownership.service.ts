import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { ParcelService } from '@app/land';
import { currentActor, formatArea, noteChange, sumDecimals, TransactionalConnection, type Page } from '@app/platform';
import { ownershipReach, writesOwnership } from './domain/ownership-access.js';
import {
  confirmedChangeProblem,
  LAND_USE_LABELS,
  LAND_USES,
  OWNER_KIND_LABELS,
  OWNER_KINDS,
  SURVEY_STATUS_LABELS,
  surveyStatusProblem,
  type LandUse,
  type OwnerKind,
} from './domain/ownership-rules.js';
import type { ChangeSurveyStatusDto, CreateOwnershipDto, ListOwnershipDto, UpdateOwnershipDto } from './dto/ownership.dto.js';
import type { LandOwnership } from './ownership.entity.js';
import { OwnershipRepository, type OwnershipScope } from './ownership.repository.js';
import { ConsolidationPlanRepository } from './plan/consolidation-plan.repository.js';

export const OWNERSHIP_NOT_FOUND = '集体土地所有权记录不存在';
export const OWNERSHIP_STALE = '该所有权记录已被他人修改，请刷新后重试';
const NO_WRITE = '没有权限修改该土地的所有权记录';

const unprocessable = (message: string, field?: string) =>
  new UnprocessableEntityException(field ? { message, details: [{ field, message }] } : message);

export interface TotalLine<K extends string> {
  key: K;
  label: string;
  count: number;
  area: string;
}

export interface OwnershipTotals {
  count: number;
  area: string;
  byOwner: TotalLine<OwnerKind>[];
  byUse: TotalLine<LandUse>[];
}

/** The audited facts of a record. */
const facts = (r: LandOwnership) => ({
  code: r.code,
  village: r.village,
  parcelId: r.parcelId,
  location: r.location,
  ownerKind: r.ownerKind,
  ownerName: r.ownerName,
  certificateNo: r.certificateNo,
  area: r.area,
  landUse: r.landUse,
  surveyStatus: r.surveyStatus,
  remarks: r.remarks,
});

/**
 * 集体土地所有权 register: records on projects' parcels or on land of no project, kept by officers (their projects'
 * parcels and villages) and admins, read by leaders; the survey status moves forward only (domain/ownership-rules).
 */
@Injectable()
export class OwnershipService {
  constructor(
    private readonly records: OwnershipRepository,
    private readonly plans: ConsolidationPlanRepository,
    private readonly parcels: ParcelService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** The caller's scope; 403 for a role that sees nothing of the register. */
  scope(): OwnershipScope {
    const reach = ownershipReach(currentActor());
    if (reach.kind === 'none') throw new ForbiddenException('没有查看集体土地所有权的权限');
    return reach.kind === 'all' ? null : reach.projectIds;
  }

  /** A page of records and the totals (count, area) of every record matching the filters, by owner kind and by use. */
  async list(query: ListOwnershipDto): Promise<{ page: Page<LandOwnership>; totals: OwnershipTotals }> {
    const scope = this.scope();
    const [page, rows] = await Promise.all([this.records.page(query, scope, query), this.records.totals(query, scope)]);
    const line = <K extends string>(key: K, label: string, mine: typeof rows): TotalLine<K> => ({
      key,
      label,
      count: mine.reduce((s, r) => s + r.count, 0),
      area: sumDecimals(mine.map((r) => r.area)).toFixed(2),
    });
    return {
      page,
      totals: {
        count: rows.reduce((s, r) => s + r.count, 0),
        area: sumDecimals(rows.map((r) => r.area)).toFixed(2),
        byOwner: OWNER_KINDS.map((k) =>
          line(
            k,
            OWNER_KIND_LABELS[k],
            rows.filter((r) => r.ownerKind === k),
          ),
        ),
        byUse: LAND_USES.map((k) =>
          line(
            k,
            LAND_USE_LABELS[k],
            rows.filter((r) => r.landUse === k),
          ),
        ),
      },
    };
  }

  /** The villages the caller works in (for filters and forms). */
  villages(): Promise<string[]> {
    return this.records.villages(this.scope());
  }

  async get(id: string): Promise<LandOwnership> {
    const scope = this.scope();
    const record = await this.records.findById(id);
    if (!record || !(await this.records.visibleTo(id, scope))) throw new NotFoundException(OWNERSHIP_NOT_FOUND);
    return record;
  }

  /** The record's project (or null for land of no project) when the caller may see it; undefined when not (attachments). */
  async visibleRecord(id: string): Promise<LandOwnership | undefined> {
    const reach = ownershipReach(currentActor());
    if (reach.kind === 'none') return undefined;
    const record = await this.records.findById(id);
    if (!record || !(await this.records.visibleTo(id, reach.kind === 'all' ? null : reach.projectIds))) return undefined;
    return record;
  }

  /** Whether the caller may change `record` (admin; an officer on their projects' parcels or in their villages). */
  async mayWrite(record: Pick<LandOwnership, 'projectId' | 'village'>): Promise<boolean> {
    const actor = currentActor();
    const writes = writesOwnership(actor);
    if (writes !== 'projects') return writes === 'all';
    if (record.projectId) return actor.projectIds.includes(record.projectId);
    return this.records.villageInScope(record.village, actor.projectIds);
  }

  async create(dto: CreateOwnershipDto): Promise<LandOwnership> {
    const id = await this.connection.transaction(async () => {
      const place = await this.placeOf(dto);
      if (!(await this.mayWrite(place))) throw new ForbiddenException(`没有在${place.village}登记集体土地所有权的权限`);
      if (await this.records.findByCode(dto.code)) throw new ConflictException(`登记编号 ${dto.code} 已存在`);
      const certificateNo = dto.certificateNo || null;
      if (certificateNo && (await this.records.findByCertificate(certificateNo)))
        throw new ConflictException(`证书编号 ${certificateNo} 已登记在其他土地上`);
      const record = await this.records.save({
        code: dto.code,
        ...place,
        location: dto.location || null,
        ownerKind: dto.ownerKind,
        ownerName: dto.ownerName,
        certificateNo,
        area: formatArea(dto.area),
        landUse: dto.landUse,
        surveyStatus: 'unsurveyed',
        remarks: dto.remarks || null,
      });
      noteChange({ entityType: 'land_ownership', entityId: record.id, projectId: record.projectId, after: facts(record) });
      return record.id;
    });
    return (await this.records.findById(id))!;
  }

  /**
   * Where new land lies: a project's parcel (its village is the parcel's) or a village with a 坐落. A parcel of a
   * project the caller may not see answers as one that does not exist.
   */
  private async placeOf(dto: CreateOwnershipDto): Promise<{ village: string; projectId: string | null; parcelId: string | null }> {
    if (dto.projectCode || dto.parcelCode) {
      if (!dto.projectCode || !dto.parcelCode)
        throw unprocessable('项目编号和地块编号须一起填写', dto.projectCode ? 'parcelCode' : 'projectCode');
      const { project, parcel } = await this.parcels.resolve(dto.projectCode, dto.parcelCode);
      const scope = this.scope();
      if (scope !== null && !scope.includes(project.id)) throw unprocessable(`项目 ${dto.projectCode} 不存在`, 'projectCode');
      if (dto.village && dto.village !== parcel.village)
        throw unprocessable(`地块 ${parcel.code} 在${parcel.village}，与填写的村（${dto.village}）不一致`, 'village');
      return { village: parcel.village, projectId: project.id, parcelId: parcel.id };
    }
    if (!dto.village) throw unprocessable('请填写所在村（或选择项目地块）', 'village');
    if (!dto.location) throw unprocessable('不在项目地块上的土地须填写坐落', 'location');
    return { village: dto.village, projectId: null, parcelId: null };
  }

  /** Loads a record the caller sees and may change at `version` (404, 403, 409). */
  private async writable(id: string, version: number): Promise<LandOwnership> {
    const record = await this.get(id);
    if (!(await this.mayWrite(record))) throw new ForbiddenException(NO_WRITE);
    if (record.version !== version) throw new ConflictException(OWNERSHIP_STALE);
    return record;
  }

  async update(id: string, dto: UpdateOwnershipDto): Promise<LandOwnership> {
    await this.connection.transaction(async () => {
      const current = await this.writable(id, dto.version);
      const next: Partial<LandOwnership> = {
        location: dto.location === undefined ? undefined : dto.location || null,
        ownerKind: dto.ownerKind,
        ownerName: dto.ownerName,
        certificateNo: dto.certificateNo === undefined ? undefined : dto.certificateNo || null,
        area: dto.area === undefined ? undefined : formatArea(dto.area),
        landUse: dto.landUse,
        remarks: dto.remarks === undefined ? undefined : dto.remarks || null,
      };
      const changes: Record<string, unknown> = {};
      const before: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === current[key as keyof LandOwnership]) continue;
        changes[key] = value;
        before[key] = current[key as keyof LandOwnership];
      }
      if (!Object.keys(changes).length) return;
      const fixed = confirmedChangeProblem(current.surveyStatus, Object.keys(changes));
      if (fixed) throw unprocessable(fixed);
      if (!current.parcelId && changes.location === null) throw unprocessable('不在项目地块上的土地须填写坐落', 'location');
      if (current.surveyStatus === 'confirmed' && changes.certificateNo === null)
        throw unprocessable('已确权的土地须填写所有权证书编号', 'certificateNo');
      if (typeof changes.certificateNo === 'string') {
        const holder = await this.records.findByCertificate(changes.certificateNo);
        if (holder && holder.id !== id) throw new ConflictException(`证书编号 ${changes.certificateNo} 已登记在其他土地上`);
      }
      if (!(await this.records.updateVersioned(id, dto.version, changes))) throw new ConflictException(OWNERSHIP_STALE);
      noteChange({
        entityType: 'land_ownership',
        entityId: id,
        projectId: current.projectId,
        before: { code: current.code, ...before },
        after: { code: current.code, ...changes },
      });
    });
    return (await this.records.findById(id))!;
  }

  /** Moves the survey forward (未调查 → 调查中 → 已确权); 已确权 needs the certificate number. */
  async changeStatus(id: string, dto: ChangeSurveyStatusDto): Promise<LandOwnership> {
    await this.connection.transaction(async () => {
      const current = await this.writable(id, dto.version);
      if (current.surveyStatus === dto.status) throw unprocessable(`该土地已是“${SURVEY_STATUS_LABELS[dto.status]}”状态`, 'status');
      const certificateNo = dto.certificateNo || current.certificateNo;
      const problem = surveyStatusProblem(current.surveyStatus, dto.status, certificateNo);
      if (problem) throw unprocessable(problem, problem.includes('证书') ? 'certificateNo' : 'status');
      if (certificateNo && certificateNo !== current.certificateNo) {
        const holder = await this.records.findByCertificate(certificateNo);
        if (holder && holder.id !== id) throw new ConflictException(`证书编号 ${certificateNo} 已登记在其他土地上`);
      }
      const changes = { surveyStatus: dto.status, certificateNo };
      if (!(await this.records.updateVersioned(id, dto.version, changes))) throw new ConflictException(OWNERSHIP_STALE);
      noteChange({
        entityType: 'land_ownership',
        entityId: id,
        projectId: current.projectId,
        before: { code: current.code, surveyStatus: current.surveyStatus, certificateNo: current.certificateNo },
        after: { code: current.code, ...changes },
      });
    });
    return (await this.records.findById(id))!;
  }

  /** Deletes a record no plan holds (409 otherwise; a record in a plan is the plan's history). */
  async remove(id: string, version: number): Promise<void> {
    await this.connection.transaction(async () => {
      const current = await this.writable(id, version);
      if ((await this.plans.countHolding(id)) > 0) throw new ConflictException('该土地已列入归并方案，不能删除');
      if (!(await this.records.deleteVersioned(id, version))) throw new ConflictException(OWNERSHIP_STALE);
      noteChange({ entityType: 'land_ownership', entityId: id, projectId: current.projectId, before: facts(current), after: null });
    });
  }
}
