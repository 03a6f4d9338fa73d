import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CaseService, SUBJECT_TYPE_LABELS } from '@app/cases';
import { ParcelService, ProjectService, type Parcel, type Project } from '@app/land';
import { canSeeProject, canWriteProject, currentActor, noteChange, todayInShanghai, TransactionalConnection, type Page } from '@app/platform';
import {
  handoverAnswerProblem,
  blockersMessage,
  casesToHandOver,
  HANDOVER_ANSWERERS,
  HANDOVER_CREATORS,
  handoverBlockers,
  handoverInputProblem,
  handoverSummary,
  isSettled,
  type HandoverBlocker,
  type ParcelCase,
} from '../domain/handover-rules.js';
import type { CreateHandoverDto, ReturnHandoverDto } from './dto/handover.dto.js';
import type { HandoverExclusion, HandoverRecord } from './handover.entity.js';
import { HandoverRepository, type ParcelCaseRow } from './handover.repository.js';
import { HandoverHoldsRegistry, holdsMessage, type HandoverHold } from './handover-holds.registry.js';

const NOT_FOUND = '移交单不存在';
const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';

export interface Readiness {
  project: Project;
  parcel: Parcel;
  cases: ParcelCase[];
  blockers: HandoverBlocker[];
  /** Other records holding the parcel back (open violations on it). */
  holds: HandoverHold[];
  /** The record waiting for the company, if one does. */
  submittedId: string | null;
}

const subjectOf = (row: ParcelCaseRow): string => `${SUBJECT_TYPE_LABELS[row.subjectType]} ${row.subjectCode} ${row.party}`.trim();

/** 移交: the readiness of a parcel, the town's handover records and the company's answer, the project's progress. */
@Injectable()
export class HandoverService {
  constructor(
    private readonly handovers: HandoverRepository,
    private readonly projects: ProjectService,
    private readonly parcels: ParcelService,
    private readonly cases: CaseService,
    private readonly connection: TransactionalConnection,
    private readonly holds: HandoverHoldsRegistry,
  ) {}

  private async parcelCases(parcelId: string): Promise<ParcelCase[]> {
    return (await this.handovers.parcelCases(parcelId)).map((row) => ({ caseId: row.caseId, status: row.status, subject: subjectOf(row), excludedReason: row.excludedReason }));
  }

  private async readinessOf(project: Project, parcel: Parcel): Promise<Readiness> {
    const cases = await this.parcelCases(parcel.id);
    const submitted = await this.handovers.findSubmitted(parcel.id);
    return { project, parcel, cases, blockers: handoverBlockers(cases), holds: await this.holds.holdsOn(parcel.id), submittedId: submitted?.id ?? null };
  }

  /** What blocks handing a parcel over: each case not settled (and not excluded), naming its subject. */
  async readiness(projectCode: string, parcelCode: string): Promise<Readiness> {
    const project = await this.projects.getByCode(projectCode);
    const { parcel } = await this.parcels.resolve(project.code, parcelCode).catch((error: unknown) => {
      // A parcel code in the address that does not exist is a 404 here (resolve answers 422 for codes in a body).
      throw error instanceof UnprocessableEntityException ? new NotFoundException(`地块 ${parcelCode} 不存在`) : error;
    });
    return this.readinessOf(project, parcel);
  }

  /** A project's handover progress: area handed over against the total, each parcel's state and blockers. */
  async summary(projectCode: string) {
    const project = await this.projects.getByCode(projectCode);
    const parcels = await this.parcels.listAll(project.id);
    const blockers = await this.handovers.blockerCounts(project.id);
    const submitted = await this.handovers.submittedByParcel(project.id);
    return {
      project,
      ...handoverSummary(parcels),
      parcels: await Promise.all(
        parcels.map(async (p) => ({
          parcel: p,
          blockers: blockers.get(p.id) ?? 0,
          // Open violations hold a parcel back until it is handed over; afterwards none can be registered on it.
          holds: p.status === 'handed_over' ? 0 : (await this.holds.holdsOn(p.id)).length,
          submittedId: submitted.get(p.id) ?? null,
        })),
      ),
    };
  }

  async list(projectCode: string, skip: number, take: number): Promise<Page<HandoverRecord>> {
    const project = await this.projects.getByCode(projectCode);
    return this.handovers.listByProject(project.id, skip, take);
  }

  /** A record with its parcel's cases, or 404 (also outside the caller's projects). */
  async get(id: string): Promise<{ record: HandoverRecord; cases: ParcelCase[] }> {
    const record = await this.handovers.findById(id);
    if (!record || !canSeeProject(record.projectId)) throw new NotFoundException(NOT_FOUND);
    return { record, cases: await this.parcelCases(record.parcelId) };
  }

  /**
   * Loads 移交单 recorded before the system (the demo seed): ids and instants as given, no audit. Call inside
   * the loader's transaction, after the parcels and case histories they belong to.
   */
  loadRecords(rows: Parameters<HandoverRepository['insertLoaded']>[0]): Promise<void> {
    return this.handovers.insertLoaded(rows);
  }

  /** The project of a record the caller may see, or null (for attachments). */
  async projectOf(id: string): Promise<string | null> {
    return (await this.handovers.findById(id))?.projectId ?? null;
  }

  /** The town records a handover of a ready parcel; refused (422, naming each blocking case) while one is not. */
  async create(projectCode: string, dto: CreateHandoverDto): Promise<HandoverRecord> {
    const project = await this.projects.getByCode(projectCode);
    if (!canWriteProject(project.id, HANDOVER_CREATORS)) throw new ForbiddenException('只有镇动迁办的经办人员可以发起移交');
    const { parcel } = await this.parcels.resolve(project.code, dto.parcelCode);
    const id = await this.connection.transaction(async () => {
      if (parcel.status === 'handed_over') throw new UnprocessableEntityException(`地块 ${parcel.code} 已移交`);
      if (await this.handovers.findSubmitted(parcel.id)) throw new ConflictException(`地块 ${parcel.code} 已有一份移交单等待西虹桥公司接收`);
      const problem = handoverInputProblem(dto, { today: todayInShanghai(), parcelArea: parcel.area });
      if (problem) throw new UnprocessableEntityException(problem);
      this.refuseBlocked(parcel.code, handoverBlockers(await this.parcelCases(parcel.id)));
      await this.refuseHeld(parcel.id, parcel.code);
      const created = await this.handovers.insert({
        projectId: project.id,
        parcelId: parcel.id,
        handedOverOn: dto.handedOverOn,
        area: dto.area,
        townPeople: dto.townPeople,
        companyPeople: dto.companyPeople,
        remarks: dto.remarks?.trim() || null,
        status: 'submitted',
        createdBy: currentActor().username,
        answeredBy: null,
        answeredAt: null,
        returnReason: null,
      });
      noteChange({ entityType: 'handover', entityId: created.id, projectId: project.id, after: { parcel: parcel.code, handedOverOn: dto.handedOverOn, area: created.area, status: 'submitted' } });
      return created.id;
    });
    return (await this.get(id)).record;
  }

  private refuseBlocked(parcelCode: string, blockers: HandoverBlocker[]): void {
    const message = blockersMessage(parcelCode, blockers);
    if (message) throw new UnprocessableEntityException({ message, details: blockers.map((b) => ({ field: 'parcelCode', message: b.message, caseId: b.caseId })) });
  }

  /** Refuses (422, naming them) while another record holds the parcel back: an open violation on it. */
  private async refuseHeld(parcelId: string, parcelCode: string): Promise<void> {
    const holds = await this.holds.holdsOn(parcelId);
    const message = holdsMessage(parcelCode, holds);
    if (message) throw new UnprocessableEntityException({ message, details: holds.map((h) => ({ field: 'parcelCode', message: h.message, kind: h.kind, id: h.id })) });
  }

  /** Loads a record for the company's answer: visible, answerable by the caller, at the version read, still waiting. */
  private async forAnswer(id: string, version: number, answer: 'accept' | 'return'): Promise<HandoverRecord> {
    const record = await this.handovers.findForUpdate(id);
    if (!record || !canSeeProject(record.projectId)) throw new NotFoundException(NOT_FOUND);
    if (!canWriteProject(record.projectId, HANDOVER_ANSWERERS)) throw new ForbiddenException('只有西虹桥公司可以接收或退回移交单');
    if (record.version !== version) throw new ConflictException(STALE_MESSAGE);
    const problem = handoverAnswerProblem(record.status, answer);
    if (problem) throw new UnprocessableEntityException(problem);
    return record;
  }

  /**
   * The company accepts: in one transaction the parcel is handed over and every settled case on it with
   * it (the 移交单 causes both steps); refused if a case on it is no longer settled.
   */
  async accept(id: string, version: number): Promise<HandoverRecord> {
    await this.connection.transaction(async () => {
      const record = await this.forAnswer(id, version, 'accept');
      const cases = await this.parcelCases(record.parcelId);
      const parcel = await this.parcels.findById(record.parcelId);
      this.refuseBlocked(parcel!.code, handoverBlockers(cases));
      await this.refuseHeld(parcel!.id, parcel!.code);
      const excused = cases.filter((c) => !isSettled(c.status) && c.excludedReason !== null).length;
      await this.parcels.handOver(record.parcelId, excused);
      for (const c of casesToHandOver(cases)) await this.cases.transition(c.caseId, { to: 'handed_over', record: 'handover' });
      const answeredBy = currentActor().username;
      if (!(await this.handovers.answer(id, version, { status: 'accepted', answeredBy, answeredAt: new Date(), returnReason: null }))) throw new ConflictException(STALE_MESSAGE);
      noteChange({ entityType: 'handover', entityId: id, projectId: record.projectId, before: { status: record.status }, after: { status: 'accepted', parcel: parcel!.code, cases: casesToHandOver(cases).length } });
    });
    return (await this.get(id)).record;
  }

  /** The company returns a record with its reason; the town may then record a new one. */
  async returnToTown(id: string, dto: ReturnHandoverDto): Promise<HandoverRecord> {
    await this.connection.transaction(async () => {
      const record = await this.forAnswer(id, dto.version, 'return');
      const answeredBy = currentActor().username;
      if (!(await this.handovers.answer(id, dto.version, { status: 'returned', answeredBy, answeredAt: new Date(), returnReason: dto.reason }))) throw new ConflictException(STALE_MESSAGE);
      noteChange({ entityType: 'handover', entityId: id, projectId: record.projectId, before: { status: record.status }, after: { status: 'returned', reason: dto.reason } });
    });
    return (await this.get(id)).record;
  }

  /** An admin excludes an unsettled case from its parcel's handover, with a reason (once per case). */
  async exclude(caseId: string, reason: string): Promise<HandoverExclusion> {
    return this.connection.transaction(async () => {
      const caseFile = await this.cases.findById(caseId);
      if (!caseFile || !canSeeProject(caseFile.projectId)) throw new NotFoundException('案件不存在');
      if (isSettled(caseFile.status)) throw new UnprocessableEntityException('案件已结算，不阻碍地块移交，无需排除');
      if (await this.handovers.findExclusion(caseId)) throw new ConflictException('该案件已被排除在地块移交之外');
      const saved = await this.handovers.insertExclusion({ caseId, projectId: caseFile.projectId, parcelId: caseFile.parcelId, reason, createdBy: currentActor().username });
      noteChange({ entityType: 'case', entityId: caseId, projectId: caseFile.projectId, after: { handoverExcluded: true, reason } });
      return saved;
    });
  }
}
