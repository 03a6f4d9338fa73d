import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { canSeeProject, canWriteProject, currentActor, noteChange, TransactionalConnection } from '@app/platform';
import { ParcelService } from '@app/land';
import {
  CASE_STATUS_LABELS,
  checkTransition,
  surveyFactsEditable,
  type CaseStatus,
  type Role,
  type SubjectType,
} from '../domain/case-lifecycle.js';
import { CaseFactsRegistry } from './case-facts.registry.js';
import { CaseTransition } from './case-transition.entity.js';
import { CaseFile } from './case.entity.js';
import { CaseRepository } from './case.repository.js';

export const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';

@Injectable()
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly facts: CaseFactsRegistry,
    private readonly parcels: ParcelService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** Opens the one case of a new subject, with its opening history entry. Call inside the subject's transaction. */
  async open(input: { subjectType: SubjectType; subjectId: string; projectId: string; parcelId: string; status?: CaseStatus }): Promise<CaseFile> {
    const status = input.status ?? 'surveying';
    const created = await this.cases.insert({ ...input, status });
    await this.cases.addTransition({ caseId: created.id, fromStatus: null, toStatus: status, kind: 'open', reason: '建档', actor: currentActor().username });
    return created;
  }

  /** The case with its history, or 404. */
  async getWithHistory(id: string): Promise<{ caseFile: CaseFile; history: CaseTransition[] }> {
    const caseFile = await this.cases.findById(id);
    if (!caseFile || !canSeeProject(caseFile.projectId)) throw new NotFoundException('案件不存在');
    return { caseFile, history: await this.cases.history(id) };
  }

  /** The case, or null; no scope check (the caller checks what the actor may see). */
  findById(id: string): Promise<CaseFile | null> {
    return this.cases.findById(id);
  }

  findBySubject(subjectType: SubjectType, subjectId: string): Promise<CaseFile | null> {
    return this.cases.findBySubject(subjectType, subjectId);
  }

  findBySubjects(subjectType: SubjectType, subjectIds: string[]): Promise<CaseFile[]> {
    return this.cases.findBySubjects(subjectType, subjectIds);
  }

  /** Moves a case one step along the lifecycle table (forward, or a reasoned reversal). */
  transition(id: string, input: { to: string; reason?: string; version?: number }): Promise<CaseFile> {
    return this.connection.transaction(async () => {
      const current = await this.cases.findById(id);
      if (!current || !canSeeProject(current.projectId)) throw new NotFoundException('案件不存在');
      if (input.version !== undefined && input.version !== current.version) throw new ConflictException(STALE_MESSAGE);
      const actor = currentActor();
      const missingSurveyFacts = current.status === 'surveying' ? await this.facts.missingSurveyFacts(current.subjectType, current.subjectId) : [];
      const parcel = input.to === 'handed_over' ? await this.parcels.findById(current.parcelId) : null;
      const check = checkTransition(current.status, input.to, {
        reason: input.reason,
        roles: actor.roles as Role[],
        facts: { missingSurveyFacts, parcelHandedOver: parcel?.status === 'handed_over' },
      });
      if (check.ok && !canWriteProject(current.projectId, check.rule.roles)) {
        throw new ForbiddenException(`当前用户不能在该项目执行“${check.rule.label}”`);
      }
      if (!check.ok) {
        if (check.code === 'role_forbidden') throw new ForbiddenException(check.message);
        if (check.code === 'reason_required' || check.code === 'guard_failed') throw new UnprocessableEntityException(check.message);
        throw new ConflictException(check.message);
      }
      const updated = await this.cases.updateStatus(id, current.version, check.rule.to);
      if (!updated) throw new ConflictException(STALE_MESSAGE);
      await this.cases.addTransition({
        caseId: id,
        fromStatus: current.status,
        toStatus: check.rule.to,
        kind: check.rule.kind,
        reason: input.reason?.trim() || null,
        actor: actor.username,
      });
      noteChange({
        entityType: 'case',
        entityId: id,
        projectId: current.projectId,
        before: { status: current.status },
        after: { status: check.rule.to, ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}) },
      });
      return updated;
    });
  }

  /**
   * Called when a subject's survey facts change. Refused once the case is signed (those facts
   * change only through the case); a confirmed case loses its confirmation and goes back to `surveyed`.
   * Call inside the subject's transaction.
   */
  async surveyFactsChanged(subjectType: SubjectType, subjectId: string): Promise<CaseFile | null> {
    const current = await this.cases.findBySubject(subjectType, subjectId);
    if (!current) return null;
    if (!surveyFactsEditable(current.status)) {
      throw new ConflictException(`案件已处于“${CASE_STATUS_LABELS[current.status]}”状态，摸底信息不能再修改`);
    }
    if (current.status !== 'confirmed') return current;
    const updated = await this.cases.updateStatus(current.id, current.version, 'surveyed');
    if (!updated) throw new ConflictException(STALE_MESSAGE);
    await this.cases.addTransition({
      caseId: current.id,
      fromStatus: 'confirmed',
      toStatus: 'surveyed',
      kind: 'system',
      reason: '摸底信息变更，原确认失效',
      actor: currentActor().username,
    });
    noteChange({ entityType: 'case', entityId: current.id, projectId: current.projectId, before: { status: 'confirmed' }, after: { status: 'surveyed' } });
    return updated;
  }

  /** Keeps the case on its subject's parcel when the subject moves. */
  moveToParcel(caseId: string, parcelId: string): Promise<void> {
    return this.cases.moveToParcel(caseId, parcelId);
  }
}
