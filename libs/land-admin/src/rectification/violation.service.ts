import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { ParcelService } from '@app/land';
import { currentActor, Dec, noteChange, todayInShanghai, TransactionalConnection, yearInShanghai, type Page } from '@app/platform';
import { EnterpriseService, HouseholdService } from '@app/subjects';
import { rectificationSummary, type RectificationSummary } from './domain/rectification-summary.js';
import {
  isClosed,
  stepProblem,
  VIOLATION_KIND_LABELS,
  VIOLATION_STATUS_LABELS,
  violationInputProblem,
  type ViolationStatus,
} from './domain/violation-rules.js';
import type { ConfirmUnlicensedAreaDto, CreateViolationDto, ListViolationsQueryDto, ViolationStepDto } from './dto/violation.dto.js';
import type { Violation, ViolationStep } from './violation.entity.js';
import { ViolationRepository, type RectificationScope, type ViolationRow } from './violation.repository.js';
import { violationCode } from './violation.view.js';

const NOT_FOUND = '违法行为不存在';
const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';

/** An instant from a calendar date (midnight in Shanghai) or an ISO instant with its offset. */
const toInstant = (text: string): Date => new Date(text.length === 10 ? `${text}T00:00:00+08:00` : text);

export interface UnlicensedProposal {
  householdId: string;
  householdVersion: number;
  currentArea: string;
  proposedArea: string;
  pending: boolean;
  violationCodes: string[];
}

/** 综合整治: the register of violations, their status steps, the year's figures and the links to relocation. */
@Injectable()
export class ViolationService {
  constructor(
    private readonly violations: ViolationRepository,
    private readonly parcels: ParcelService,
    private readonly households: HouseholdService,
    private readonly enterprises: EnterpriseService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** The caller's scope: everything for admins and leaders, an officer's own projects' parcels and villages. */
  scope(): RectificationScope {
    const actor = currentActor();
    return actor.roles.some((r) => r === 'admin' || r === 'leader') ? null : actor.projectIds;
  }

  /** Whether the caller may write a violation at this place: admins anywhere, officers in their projects and their villages. */
  private async mayWrite(place: { projectId: string | null; village: string }): Promise<boolean> {
    const actor = currentActor();
    if (actor.roles.includes('admin')) return true;
    if (!actor.roles.includes('officer')) return false;
    if (place.projectId && actor.projectIds.includes(place.projectId)) return true;
    return (await this.violations.villagesOf(actor.projectIds)).includes(place.village);
  }

  /** The villages the caller may register violations in (an officer's projects' villages; every parcel's village for others). */
  async villages(): Promise<string[]> {
    const scope = this.scope();
    return scope === null ? this.violations.allVillages() : this.violations.villagesOf(scope);
  }

  /** The year a register or summary is about: the one asked for, else the latest year with a violation found, else this year. */
  async yearOf(year: number | undefined): Promise<number> {
    return year ?? (await this.violations.latestYear(this.scope())) ?? yearInShanghai();
  }

  /** One page of the register; stock and new are told against `year`. */
  async list(query: ListViolationsQueryDto): Promise<{ page: Page<ViolationRow>; year: number }> {
    const year = await this.yearOf(query.year);
    const filters = {
      year: query.year,
      village: query.village,
      kind: query.kind,
      status: query.status,
      householdId: query.householdId,
      overdueOn: query.overdue === 'true' ? todayInShanghai() : undefined,
    };
    const page = await this.violations.page(filters, this.scope(), (query.page - 1) * query.pageSize, query.pageSize);
    return { page, year };
  }

  /** A violation with its steps, or 404 (also outside the caller's scope). */
  async get(id: string): Promise<{ row: ViolationRow; steps: ViolationStep[] }> {
    const row = await this.violations.findRow(id, this.scope());
    if (!row) throw new NotFoundException(NOT_FOUND);
    return { row, steps: await this.violations.stepsOf(id) };
  }

  /** The project of a violation the caller may see (for its evidence attachments), or null. */
  async visibleProjectOf(id: string): Promise<{ projectId: string | null } | null> {
    const row = await this.violations.findRow(id, this.scope());
    return row ? { projectId: row.projectId } : null;
  }

  /** Registers a violation (status 已发现) with its first step. */
  async create(dto: CreateViolationDto): Promise<string> {
    const discoveredAt = toInstant(dto.discoveredAt);
    if (Number.isNaN(discoveredAt.getTime())) throw new UnprocessableEntityException('发现日期不是有效的日期');
    const discoveredOn = todayInShanghai(discoveredAt);
    if (!!dto.projectCode !== !!dto.parcelCode) throw new UnprocessableEntityException('项目编号和地块编号须同时填写');
    if (dto.householdId && dto.enterpriseId) throw new UnprocessableEntityException('责任对象只能是一户或一家企业');
    const problem = violationInputProblem(
      { ...dto, parcel: !!dto.parcelCode, responsibleSubject: !!(dto.householdId || dto.enterpriseId), discoveredOn },
      todayInShanghai(),
    );
    if (problem) throw new UnprocessableEntityException(problem);
    return this.connection.transaction(async () => {
      let projectId: string | null = null;
      let parcelId: string | null = null;
      let village = dto.village ?? '';
      if (dto.projectCode && dto.parcelCode) {
        const { parcel } = await this.parcels.resolve(dto.projectCode, dto.parcelCode);
        if (dto.village && dto.village !== parcel.village)
          throw new UnprocessableEntityException(`地块 ${parcel.code} 在${parcel.village}，与所填的村（${dto.village}）不一致`);
        if (parcel.status === 'handed_over')
          throw new UnprocessableEntityException(`地块 ${parcel.code} 已移交西虹桥公司，不再登记其上的违法行为`);
        projectId = parcel.projectId;
        parcelId = parcel.id;
        village = parcel.village;
      }
      if (!village) throw new UnprocessableEntityException('请填写所在村或地块');
      if (!(await this.mayWrite({ projectId, village }))) throw new ForbiddenException(`没有在${village}登记违法行为的权限`);
      // 404 for a subject the caller may not see.
      if (dto.householdId) await this.households.get(dto.householdId);
      if (dto.enterpriseId) await this.enterprises.get(dto.enterpriseId);
      const by = currentActor().username;
      const saved = await this.violations.insert({
        kind: dto.kind,
        village,
        projectId,
        parcelId,
        address: dto.address?.trim() || null,
        area: dto.kind === 'waste_dumping' ? null : (dto.area ?? null),
        volume: dto.kind === 'waste_dumping' ? (dto.volume ?? null) : null,
        discoveredAt,
        responsibleSubjectType: dto.householdId ? 'household' : dto.enterpriseId ? 'enterprise' : null,
        responsibleSubjectId: dto.householdId ?? dto.enterpriseId ?? null,
        responsibleText: dto.responsibleText?.trim() || null,
        status: 'found',
        remarks: dto.remarks?.trim() || null,
        createdBy: by,
      });
      await this.violations.insertStep({
        violationId: saved.id,
        fromStatus: null,
        toStatus: 'found',
        stepOn: discoveredOn,
        deadline: null,
        note: null,
        createdBy: by,
      });
      noteChange({
        entityType: 'rectification_violation',
        entityId: saved.id,
        projectId,
        after: {
          code: violationCode(saved.serialNo),
          kind: dto.kind,
          village,
          area: saved.area,
          volume: saved.volume,
          discoveredOn,
          status: 'found',
        },
      });
      return saved.id;
    });
  }

  /** Takes one status step (found → notice issued → rectifying → rectified | demolished), recording who and when. */
  async step(id: string, dto: ViolationStepDto): Promise<void> {
    await this.connection.transaction(async () => {
      if (!(await this.violations.findRow(id, this.scope()))) throw new NotFoundException(NOT_FOUND);
      const current = (await this.violations.findForUpdate(id))!;
      if (!(await this.mayWrite(current))) throw new ForbiddenException('没有变更该违法行为状态的权限');
      if (current.version !== dto.version) throw new ConflictException(STALE_MESSAGE);
      const today = todayInShanghai();
      const on = dto.on ?? today;
      const steps = await this.violations.stepsOf(id);
      const lastStepOn = steps.at(-1)?.stepOn ?? todayInShanghai(current.discoveredAt);
      const problem = stepProblem(
        { to: dto.to, on, deadline: dto.deadline ?? null },
        { status: current.status, discoveredOn: todayInShanghai(current.discoveredAt), lastStepOn, today },
      );
      if (problem) throw new UnprocessableEntityException(problem);
      const changes: Pick<Violation, 'status'> & Partial<Pick<Violation, 'deadline' | 'closedOn'>> = { status: dto.to };
      if (dto.to === 'notice_issued') changes.deadline = dto.deadline!;
      if (isClosed(dto.to)) changes.closedOn = on;
      if (!(await this.violations.updateStatus(id, dto.version, changes))) throw new ConflictException(STALE_MESSAGE);
      await this.violations.insertStep({
        violationId: id,
        fromStatus: current.status,
        toStatus: dto.to,
        stepOn: on,
        deadline: dto.deadline ?? null,
        note: dto.note?.trim() || null,
        createdBy: currentActor().username,
      });
      noteChange({
        entityType: 'rectification_violation',
        entityId: id,
        projectId: current.projectId,
        before: { status: current.status },
        after: { ...changes, on },
      });
    });
  }

  /**
   * Loads violations recorded before the system (the demo seed) with their steps, no audit; each step is checked
   * against the transition table. Call inside the loader's transaction, after the parcels and households.
   */
  async loadRecords(
    rows: Array<
      Omit<Violation, 'serialNo' | 'version' | 'createdAt' | 'updatedAt' | 'status' | 'deadline' | 'closedOn' | 'remarks' | 'createdBy'> & {
        steps: Array<{ to: ViolationStatus; on: string; deadline?: string; note?: string }>;
      }
    >,
  ): Promise<void> {
    for (const { steps, ...row } of rows) {
      const discoveredOn = todayInShanghai(row.discoveredAt);
      const saved = await this.violations.insert({
        ...row,
        status: 'found',
        remarks: '演示数据',
        createdBy: 'officer',
        createdAt: row.discoveredAt,
      });
      await this.violations.insertStep({
        violationId: saved.id,
        fromStatus: null,
        toStatus: 'found',
        stepOn: discoveredOn,
        createdBy: 'officer',
      });
      let status: ViolationStatus = 'found';
      let last = discoveredOn;
      let version = saved.version;
      for (const step of steps) {
        const problem = stepProblem(
          { to: step.to, on: step.on, deadline: step.deadline ?? null },
          { status, discoveredOn, lastStepOn: last, today: todayInShanghai() },
        );
        if (problem) throw new Error(`demo violation ${row.id}: ${problem}`);
        const changes: Pick<Violation, 'status'> & Partial<Pick<Violation, 'deadline' | 'closedOn'>> = { status: step.to };
        if (step.deadline) changes.deadline = step.deadline;
        if (isClosed(step.to)) changes.closedOn = step.on;
        await this.violations.updateStatus(saved.id, version, changes);
        version += 1;
        await this.violations.insertStep({
          violationId: saved.id,
          fromStatus: status,
          toStatus: step.to,
          stepOn: step.on,
          deadline: step.deadline ?? null,
          note: step.note ?? null,
          createdBy: 'officer',
        });
        status = step.to;
        last = step.on;
      }
    }
  }

  /** The year's figures within the caller's scope. */
  async summary(year: number | undefined): Promise<RectificationSummary> {
    const y = await this.yearOf(year);
    return rectificationSummary(y, await this.violations.summaryFacts(y, this.scope()));
  }

  /** What the register proposes as a household's 无证面积: the area of its illegal buildings not demolished. */
  async unlicensedProposal(householdId: string): Promise<UnlicensedProposal> {
    const { household } = await this.households.get(householdId);
    const buildings = (await this.violations.buildingsOf('household', householdId)).filter((v) => v.status !== 'demolished');
    const proposed = buildings.reduce((sum, v) => sum.plus(v.area ?? '0'), new Dec(0));
    const current = new Dec(household.unlicensedArea ?? '0');
    return {
      householdId,
      householdVersion: household.version,
      currentArea: current.toFixed(2),
      proposedArea: proposed.toFixed(2),
      pending: buildings.length > 0 && !proposed.eq(current),
      violationCodes: buildings.map((v) => violationCode(v.serialNo)),
    };
  }

  /**
   * The officer confirms the proposal: the household's 无证面积 becomes the proposed area, through the subjects
   * library (optimistic lock, its own audit of the change; a confirmed case goes back to 已摸底 as for any changed fact).
   */
  async confirmUnlicensed(householdId: string, dto: ConfirmUnlicensedAreaDto): Promise<UnlicensedProposal> {
    await this.connection.transaction(async () => {
      const proposal = await this.unlicensedProposal(householdId);
      if (!proposal.violationCodes.length) throw new UnprocessableEntityException('该户在整治台账中没有违法建筑，没有可确认的无证面积');
      if (!new Dec(dto.area).eq(proposal.proposedArea))
        throw new ConflictException(`整治台账的建议已变为 ${proposal.proposedArea} 平方米，请刷新后重新确认`);
      if (!proposal.pending) throw new UnprocessableEntityException(`该户的无证面积已是 ${proposal.currentArea} 平方米，无需确认`);
      if (proposal.householdVersion !== dto.householdVersion) throw new ConflictException(STALE_MESSAGE);
      await this.households.update(householdId, { version: dto.householdVersion, unlicensedArea: proposal.proposedArea } as Parameters<
        HouseholdService['update']
      >[1]);
      noteChange({
        entityType: 'household',
        entityId: householdId,
        after: {
          unlicensedAreaConfirmedFrom: 'rectification',
          violations: proposal.violationCodes,
          from: proposal.currentArea,
          to: proposal.proposedArea,
        },
      });
    });
    return this.unlicensedProposal(householdId);
  }

  /** The open violations on a parcel, as holds of its handover (a generic line for those who may not read the register). */
  async holdsOn(parcelId: string) {
    const open = await this.violations.openOnParcel(parcelId);
    const reader = currentActor().roles.some((r) => r === 'admin' || r === 'leader' || r === 'officer');
    return open.map((v) => {
      const label = reader
        ? `${VIOLATION_KIND_LABELS[v.kind]} ${violationCode(v.serialNo)}（${VIOLATION_STATUS_LABELS[v.status]}）`
        : `违法行为 ${violationCode(v.serialNo)}`;
      return { kind: 'rectification', id: v.id, label, message: `${label}尚未整改完毕或拆除` };
    });
  }
}
