import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { canSeeProject, canWriteProject, currentActor, noteChange, todayInShanghai, TransactionalConnection } from '@app/platform';
import {
  CASE_STATUS_LABELS,
  checkOpening,
  checkTransition,
  CONFIRMATION_VOID,
  findTransition,
  OPENING_STATUS,
  openingGuards,
  surveyFactsEditable,
  type CaseStatus,
  type ResettlementStatus,
  type Role,
  type SubjectType,
  type TransitionCheck,
  type TransitionRule,
} from '../domain/case-lifecycle.js';
import { CASE_TRANSITION_TABLE } from '../cases.constants.js';
import { checkHistory, type RecordedStep } from '../domain/case-history.js';
import { CaseGuardRegistry } from './case-guard.registry.js';
import { CaseListenerRegistry } from './case-listener.registry.js';
import { CaseTransition } from './case-transition.entity.js';
import { CaseFile } from './case.entity.js';
import { CaseRepository, type CaseOpening } from './case.repository.js';

export const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';
const OPEN_REASON = '建档';

/** A refused check as the HTTP answer the user sees. */
function refusal(check: Extract<TransitionCheck, { ok: false }>): Error {
  if (check.code === 'role_forbidden') return new ForbiddenException(check.message);
  if (check.code === 'reason_required' || check.code === 'guard_failed' || check.code === 'record_required') {
    return new UnprocessableEntityException(check.message);
  }
  return new ConflictException(check.message);
}

/**
 * The one way a case's status changes, single or in bulk: every change is checked against the
 * lifecycle table (`checkTransition`, `checkOpening`) with the guards the owning libraries registered,
 * and written with its history row by CaseRepository in one statement.
 */
@Injectable()
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly guards: CaseGuardRegistry,
    private readonly connection: TransactionalConnection,
    @Inject(CASE_TRANSITION_TABLE) private readonly table: readonly TransitionRule[],
    private readonly listeners: CaseListenerRegistry = new CaseListenerRegistry(),
  ) {}

  /** Opens the one case of a new subject, with its opening history entry. Call inside the subject's transaction. */
  async open(input: CaseOpening & { subjectType: SubjectType; status?: CaseStatus }): Promise<CaseFile> {
    const status = input.status ?? OPENING_STATUS;
    await this.checkOpening(input.subjectType, [input], status);
    const [opened] = await this.cases.open(input.subjectType, [input], status, { reason: OPEN_REASON, actor: currentActor().username });
    if (!opened) throw new ConflictException('该征收对象已有案件');
    return (await this.cases.findById(opened.id))!;
  }

  /** Opens the cases of many new subjects in `status` in one statement (imports); a subject that has a case keeps it. */
  async openMany(subjectType: SubjectType, subjects: CaseOpening[], status: CaseStatus = OPENING_STATUS): Promise<void> {
    if (!subjects.length) return;
    await this.checkOpening(subjectType, subjects, status);
    await this.cases.open(subjectType, subjects, status, { reason: OPEN_REASON, actor: currentActor().username });
  }

  /**
   * Loads cases with their recorded histories (demo data, files kept on paper until now), each
   * history checked against the lifecycle table first (`checkHistory`); nothing is written when one
   * is refused. Ids and instants are kept as given.
   */
  async loadHistories(
    cases: ReadonlyArray<Pick<CaseFile, 'id' | 'status' | 'statusChangedAt'> & Partial<CaseFile>>,
    transitions: ReadonlyArray<RecordedStep & { id: string; caseId: string }>,
  ): Promise<void> {
    const histories = new Map<string, RecordedStep[]>();
    for (const step of transitions) {
      const history = histories.get(step.caseId);
      if (history) history.push(step);
      else histories.set(step.caseId, [step]);
    }
    for (const caseFile of cases) {
      const history = (histories.get(caseFile.id) ?? []).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      const refused = checkHistory(history, caseFile, this.table);
      if (refused) throw new Error(`case ${caseFile.id}: ${refused}`);
    }
    await this.cases.insertWithHistory(cases, transitions.map(({ record: _, ...step }) => step));
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

  /** The case's mirror of its household's resettlement track; call in the transaction that changes the track. */
  setResettlementStatus(ids: readonly string[], status: ResettlementStatus): Promise<void> {
    return this.cases.setResettlementStatus(ids, status);
  }

  findBySubject(subjectType: SubjectType, subjectId: string): Promise<CaseFile | null> {
    return this.cases.findBySubject(subjectType, subjectId);
  }

  findBySubjects(subjectType: SubjectType, subjectIds: string[]): Promise<CaseFile[]> {
    return this.cases.findBySubjects(subjectType, subjectIds);
  }

  /**
   * Moves a case one step along the lifecycle table (forward, or a reasoned reversal) at a user's request;
   * `record` names the record causing it (a step only a record may cause is refused without it).
   */
  transition(id: string, input: { to: string; reason?: string; version?: number; record?: string }): Promise<CaseFile> {
    return this.connection.transaction(async () => {
      const current = await this.cases.findById(id);
      if (!current || !canSeeProject(current.projectId)) throw new NotFoundException('案件不存在');
      if (input.version !== undefined && input.version !== current.version) throw new ConflictException(STALE_MESSAGE);
      const actor = currentActor();
      const rule = findTransition(current.status, input.to, this.table);
      const check = checkTransition(
        current.status,
        input.to,
        { reason: input.reason, roles: actor.roles as Role[], guards: rule ? await this.guards.answer(rule.guards, current) : {}, record: input.record },
        this.table,
      );
      if (check.ok && !canWriteProject(current.projectId, check.rule.roles)) {
        throw new ForbiddenException(`当前用户不能在该项目执行“${check.rule.label}”`);
      }
      if (!check.ok) throw refusal(check);
      const reason = input.reason?.trim() || null;
      const changed = await this.cases.changeStatus(
        { caseId: id, version: current.version },
        { from: current.status, to: check.rule.to, kind: check.rule.kind, reason, actor: actor.username },
      );
      if (!changed.length) throw new ConflictException(STALE_MESSAGE);
      noteChange({
        entityType: 'case',
        entityId: id,
        projectId: current.projectId,
        before: { status: current.status },
        after: { status: check.rule.to, ...(reason ? { reason } : {}) },
      });
      // 撤销确认 by hand: the confirmation that moved the case on is no longer in force either.
      if (current.status === CONFIRMATION_VOID.from && check.rule.to === CONFIRMATION_VOID.to) await this.listeners.confirmationVoided([id], `${check.rule.label}：${reason}`);
      const after = (await this.cases.findById(id))!;
      await this.listeners.statusChanged({ caseId: id, projectId: current.projectId, from: current.status, to: check.rule.to, on: todayInShanghai(after.statusChangedAt) });
      return after;
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
    if (current.status !== CONFIRMATION_VOID.from) return current;
    const changed = await this.cases.changeStatus({ caseId: current.id, version: current.version }, this.confirmationVoid());
    if (!changed.length) throw new ConflictException(STALE_MESSAGE);
    noteChange({ entityType: 'case', entityId: current.id, projectId: current.projectId, before: { status: current.status }, after: { status: CONFIRMATION_VOID.to } });
    await this.listeners.confirmationVoided(changed, CONFIRMATION_VOID.reason);
    return this.cases.findById(current.id);
  }

  /**
   * The bulk form of `surveyFactsChanged` for subjects an import rewrote (their cases are not locked:
   * the import leaves those alone): cases follow their subject's parcel, confirmed ones lose their
   * confirmation. Call inside the import chunk's transaction.
   */
  async surveyFactsChangedMany(subjectType: SubjectType, subjects: Array<{ subjectId: string; parcelId: string }>): Promise<void> {
    if (!subjects.length) return;
    await this.cases.followParcels(subjectType, subjects);
    const voided = await this.cases.changeStatus({ subjectType, subjectIds: subjects.map((s) => s.subjectId) }, this.confirmationVoid());
    await this.listeners.confirmationVoided(voided, CONFIRMATION_VOID.reason);
  }

  /** Keeps the case on its subject's parcel when the subject moves. */
  moveToParcel(caseId: string, parcelId: string): Promise<void> {
    return this.cases.moveToParcel(caseId, parcelId);
  }

  /** The system's 撤销确认 when confirmed survey facts change, checked against the table. */
  private confirmationVoid() {
    const { from, to, reason } = CONFIRMATION_VOID;
    const check = checkTransition(from, to, { reason }, this.table);
    if (!check.ok) throw new Error(`the lifecycle table refuses voiding a confirmation: ${check.message}`);
    return { from, to, kind: 'system' as const, reason, actor: currentActor().username };
  }

  /** Refuses opening cases in `status` unless the table allows it and every guard on the way holds for each subject. */
  private async checkOpening(subjectType: SubjectType, subjects: CaseOpening[], status: CaseStatus): Promise<void> {
    const guards = openingGuards(status, this.table);
    for (const subject of guards.length ? subjects : subjects.slice(0, 1)) {
      const check = checkOpening(status, { guards: await this.guards.answer(guards, { subjectType, ...subject }) }, this.table);
      if (!check.ok) throw new UnprocessableEntityException(check.message);
    }
  }
}
