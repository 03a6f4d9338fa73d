import { ProjectCodes } from '@app/compensation';
import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CASE_STATUS_LABELS, CaseService, isCaseStatus } from '@app/cases';
import { CalculationService } from '@app/compensation';
import { ProjectService } from '@app/land';
import { decodePickerCursor, pickerPage } from '@app/subjects';
import { canSeeProject, canWriteProject, currentActor, noteChange, TransactionalConnection, visibleProjectIds, yuanToFen, type Page } from '@app/platform';
import {
  answerProblem,
  batchHash,
  CONFIRMATION_RECORD,
  confirmationSnapshot,
  snapshotHash,
  submissionProblem,
  type ConfirmationSnapshot,
} from '../domain/confirmation-rules.js';
import type { AnswerDto, CandidatesQuery, CreateConfirmationBatchDto, RejectDto } from './dto/confirmation.dto.js';
import type { ConfirmationBatchRecord, ConfirmationLineRecord } from './confirmation.entity.js';
import { ConfirmationRepository, type BatchProgress, type CaseLabel } from './confirmation.repository.js';

const BATCH_NOT_FOUND = '确认批次不存在';
const LINE_NOT_FOUND = '确认记录不存在';
const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';
/** Who submits batches: the town's officers and admins. */
export const CONFIRMATION_SUBMITTERS = ['officer', 'admin'] as const;
/** Who answers them: the company's liaison (an admin may stand in). */
export const CONFIRMATION_ANSWERERS = ['company', 'admin'] as const;

const statusLabel = (status: string): string => (isCaseStatus(status) ? CASE_STATUS_LABELS[status] : status);

/** 确认 between the town and the company: batches of surveyed cases, the company's answer per case, and what voids it. */
@Injectable()
export class ConfirmationService {
  constructor(
    private readonly confirmations: ConfirmationRepository,
    private readonly projects: ProjectService,
    private readonly cases: CaseService,
    private readonly calculations: CalculationService,
    private readonly connection: TransactionalConnection,
    private readonly codes: ProjectCodes,
  ) {}

  async list(projectCode: string, state: 'open' | 'closed' | undefined, skip: number, take: number): Promise<Page<ConfirmationBatchRecord>> {
    const project = await this.projects.getByCode(projectCode);
    return this.confirmations.listBatches({ projectIds: [project.id], state, skip, take });
  }

  /** Batches across the caller's projects (or one project): those waiting for the company by default. */
  async review(query: { project?: string; state?: 'pending' | 'closed' | 'all'; skip: number; take: number }): Promise<Page<ConfirmationBatchRecord>> {
    let projectIds = visibleProjectIds();
    if (query.project) {
      const projectId = await this.codes.idOf(query.project);
      if (!projectId || !canSeeProject(projectId)) return { items: [], total: 0 };
      projectIds = [projectId];
    }
    const state = query.state ?? 'pending';
    return this.confirmations.listBatches({ projectIds, state: state === 'all' ? undefined : state === 'pending' ? 'open' : 'closed', skip: query.skip, take: query.take });
  }

  progressOf(batchIds: readonly string[]): Promise<Map<string, BatchProgress>> {
    return this.confirmations.progressOf(batchIds);
  }

  /** A batch with its lines, or 404 (also outside the caller's projects). */
  async get(id: string): Promise<ConfirmationBatchRecord> {
    const found = await this.confirmations.findBatch(id);
    if (!found || !canSeeProject(found.projectId)) throw new NotFoundException(BATCH_NOT_FOUND);
    return found;
  }

  /** A page of the project's surveyed cases that a new batch may take, by subject code (`after`: the previous page's `next`). */
  async candidates(projectCode: string, query: CandidatesQuery): Promise<{ items: CaseLabel[]; next: string | null }> {
    const after = query.after ? decodePickerCursor(query.after) : null;
    const project = await this.projects.getByCode(projectCode);
    const rows = await this.confirmations.candidates(project.id, { subjectType: query.subjectType, parcelCode: query.parcel }, query.pageSize + 1, after);
    return pickerPage(rows, query.pageSize, (c) => ({ code: c.code, id: c.subjectId }));
  }

  /** The lines of a case, newest first (the case page shows the latest). */
  async linesOfCase(caseId: string): Promise<ConfirmationLineRecord[]> {
    const caseFile = await this.cases.findById(caseId);
    if (!caseFile || !canSeeProject(caseFile.projectId)) throw new NotFoundException('案件不存在');
    return this.confirmations.linesOfCase(caseId);
  }

  /** What the town shows of a case now: subject, facts and current calculation. */
  private async snapshotOf(label: CaseLabel): Promise<ConfirmationSnapshot> {
    return confirmationSnapshot(label, await this.calculations.current(label.caseId));
  }

  /** Submits a batch of the project's surveyed cases; each case's snapshot and content hash are stored with it. */
  async create(projectCode: string, dto: CreateConfirmationBatchDto): Promise<ConfirmationBatchRecord> {
    const project = await this.projects.getByCode(projectCode);
    if (!canWriteProject(project.id, CONFIRMATION_SUBMITTERS)) throw new ForbiddenException('只有本项目镇动迁办的经办人员可以提交确认批次');
    if (new Set(dto.caseIds).size !== dto.caseIds.length) throw new UnprocessableEntityException('同一案件不能在批次中出现两次');
    const actor = currentActor();
    try {
      const id = await this.connection.transaction(async () => {
        const labels = await this.confirmations.casesByIds(dto.caseIds);
        const byId = new Map(labels.filter((l) => canSeeProject(l.projectId)).map((l) => [l.caseId, l]));
        const missing = dto.caseIds.filter((c) => !byId.has(c));
        if (missing.length) throw new UnprocessableEntityException(`${missing.length} 个案件不存在：${missing.join('、')}`);
        const inOpen = await this.confirmations.casesInOpenLines(dto.caseIds);
        const ordered = dto.caseIds.map((c) => byId.get(c)!);
        const problem = submissionProblem(
          ordered.map((l) => ({ code: l.code, status: l.status, inOpenLine: inOpen.has(l.caseId), otherProject: l.projectId !== project.id })),
          statusLabel,
        );
        if (problem) throw new UnprocessableEntityException(problem);
        const lines = [];
        for (const [i, label] of ordered.entries()) {
          const snapshot = await this.snapshotOf(label);
          lines.push({ position: i + 1, caseId: label.caseId, projectId: project.id, snapshot, contentHash: snapshotHash(snapshot), townFigureFen: snapshot.calculation ? BigInt(snapshot.calculation.totalFen) : null });
        }
        const batch = await this.confirmations.insertBatch({
          projectId: project.id,
          number: await this.confirmations.nextNumber(project.id),
          state: 'open',
          note: dto.note ?? null,
          contentHash: batchHash(lines),
          submittedAt: new Date(),
          submittedBy: actor.username,
          closedAt: null,
        });
        await this.confirmations.insertLines(
          lines.map((l) => ({ ...l, batchId: batch.id, answer: null, reason: null, companyFigureFen: null, answeredBy: null, answeredAt: null, voidedAt: null, voidReason: null })),
        );
        noteChange({ entityType: 'confirmation-batch', entityId: batch.id, projectId: project.id, after: { number: batch.number, cases: lines.length, contentHash: batch.contentHash } });
        return batch.id;
      });
      return this.get(id);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ConflictException('所选案件已在其他待确认的批次中，请刷新后重试');
      throw error;
    }
  }

  /** The company confirms a line: the case moves to `confirmed` (caused by this record) unless its facts changed since. */
  confirm(lineId: string, dto: AnswerDto): Promise<ConfirmationLineRecord> {
    return this.answer(lineId, dto.version, async (line) => {
      const label = (await this.confirmations.casesByIds([line.caseId]))[0]!;
      if (snapshotHash(await this.snapshotOf(label)) !== line.contentHash) {
        throw new ConflictException(`${label.code} 的摸底信息或测算在提交后已变更，不能按原内容确认；请退回，由镇动迁办重新提交`);
      }
      await this.cases.transition(line.caseId, { to: 'confirmed', record: CONFIRMATION_RECORD });
      line.answer = 'confirmed';
    });
  }

  /** The company rejects a line with its reason (and optionally the figure it believes right); the case stays `surveyed`. */
  reject(lineId: string, dto: RejectDto): Promise<ConfirmationLineRecord> {
    return this.answer(lineId, dto.version, async (line) => {
      line.answer = 'rejected';
      line.reason = dto.reason;
      line.companyFigureFen = dto.companyFigure ? yuanToFen(dto.companyFigure) : null;
    });
  }

  /** One answer, under the batch's lock and against the version read; the last answer closes the batch. */
  private async answer(lineId: string, version: number, apply: (line: ConfirmationLineRecord) => Promise<void>): Promise<ConfirmationLineRecord> {
    return this.connection.transaction(async () => {
      const seen = await this.confirmations.findLine(lineId);
      if (!seen || !canSeeProject(seen.projectId)) throw new NotFoundException(LINE_NOT_FOUND);
      if (!canWriteProject(seen.projectId, CONFIRMATION_ANSWERERS)) throw new ForbiddenException('只有本项目的西虹桥公司联络人可以答复确认');
      const batch = (await this.confirmations.lockBatch(seen.batchId))!;
      const line = (await this.confirmations.findLineForUpdate(lineId))!;
      if (line.version !== version) throw new ConflictException(STALE_MESSAGE);
      const refused = answerProblem(line);
      if (refused) throw new ConflictException(refused);
      await apply(line);
      line.answeredBy = currentActor().username;
      line.answeredAt = new Date();
      const saved = await this.confirmations.saveLine(line);
      noteChange({
        entityType: 'confirmation-line',
        entityId: line.id,
        projectId: line.projectId,
        before: { state: 'pending' },
        after: { state: line.answer, caseId: line.caseId, ...(line.reason ? { reason: line.reason } : {}), ...(line.companyFigureFen !== null ? { companyFigure: line.companyFigureFen.toString() } : {}) },
      });
      if ((await this.confirmations.unansweredCount(batch.id)) === 0) {
        batch.state = 'closed';
        batch.closedAt = new Date();
        await this.confirmations.saveBatch(batch);
        noteChange({ entityType: 'confirmation-batch', entityId: batch.id, projectId: batch.projectId, before: { state: 'open' }, after: { state: 'closed' } });
      }
      return saved;
    });
  }

  /** Project codes by id, for answers. */
  async codesOf(ids: readonly string[]): Promise<Map<string, string>> {
    return this.codes.of(ids);
  }
}
