import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { assertVisible, canSeeProject, skipTake, type Page, type PageQueryDto } from '@app/platform';
import { buildAuditRow, type AuditedRequest } from '../domain/audit-row.js';
import { shanghaiDayRange } from '../domain/day-range.js';
import { entityFilter } from '../domain/entity-filter.js';
import { AuditLogRepository, type AuditLogRow } from './audit-log.repository.js';
import type { ListAuditQuery } from './dto/list-audit.query.js';

const CASE_NOT_FOUND = '案件不存在';

@Injectable()
export class AuditLogService {
  constructor(
    private readonly logs: AuditLogRepository,
    private readonly cases: CaseService,
  ) {}

  /** Writes the one audit row of a request, in the running transaction if there is one. */
  record(request: AuditedRequest): Promise<void> {
    return this.logs.insert(buildAuditRow(request));
  }

  /** The audit trail filtered, newest first. */
  list(query: ListAuditQuery): Promise<Page<AuditLogRow> & { totalExact?: boolean }> {
    if (query.from && query.to && query.from > query.to) {
      const message = '开始日期不能晚于结束日期';
      throw new BadRequestException({ message, details: [{ field: 'from', message }] });
    }
    const { from, until } = shanghaiDayRange(query.from, query.to);
    const entity = entityFilter(query);
    if (!entity) return Promise.resolve({ items: [], total: 0 });
    return this.logs.list(
      {
        entityType: entity.entityType,
        entityIds: entity.entityId ? [entity.entityId] : undefined,
        username: query.user?.trim().toLowerCase() || undefined,
        action: query.action,
        projectCode: query.projectCode,
        outcome: query.outcome,
        from,
        until,
      },
      skipTake(query),
    );
  }

  /** The audit rows of a case and of its subject, newest first; 404 for a case the caller may not see. */
  async listForCase(caseId: string, page: PageQueryDto): Promise<Page<AuditLogRow>> {
    const caseFile = await this.cases.findById(caseId);
    if (!caseFile) throw new NotFoundException(CASE_NOT_FOUND);
    assertVisible(caseFile.projectId, CASE_NOT_FOUND);
    return this.logs.list({ entityIds: [caseFile.id, caseFile.subjectId], mentioning: true }, skipTake(page));
  }

  /** A project's timeline: every step either side took in it, newest first; 404 for a project the caller may not see. */
  async projectTimeline(projectCode: string, page: PageQueryDto): Promise<Page<AuditLogRow>> {
    const place = await this.logs.findPlace(projectCode);
    if (!place || !canSeeProject(place.project.id)) throw new NotFoundException(`项目 ${projectCode} 不存在`);
    return this.logs.timeline({ projectId: place.project.id }, skipTake(page));
  }

  /** A parcel's timeline: the steps about the parcel, its cases and their subjects, or noting a change to one of them. */
  async parcelTimeline(projectCode: string, parcelCode: string, page: PageQueryDto): Promise<Page<AuditLogRow>> {
    const place = await this.logs.findPlace(projectCode, parcelCode);
    if (!place?.parcel || !canSeeProject(place.project.id)) throw new NotFoundException(`地块 ${parcelCode} 不存在`);
    const targets = [place.parcel.id, ...(await this.logs.caseIdsOnParcel(place.parcel.id))];
    return this.logs.timeline({ projectId: place.project.id, targets }, skipTake(page));
  }
}
