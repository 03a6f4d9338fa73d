import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { AttachmentService } from '@app/company';
import { AgreementService, unitPrices, type AgreementRecord } from '@app/compensation';
import { canSeeProject, canWriteProject, currentActor, Dec, noteChange, TransactionalConnection, todayInShanghai } from '@app/platform';
import { ChoosingRepository } from '../choosing/choosing.repository.js';
import { ALLOCATION_MESSAGES, entitlementUsed, promisedHousing, turnProblem } from '../domain/allocation-rules.js';
import { CHOOSING_MESSAGES, CHOOSING_WRITERS } from '../domain/choosing-rules.js';
import type { AllocationPurpose, AllocationStatus } from '../domain/resettlement-labels.js';
import { TrackService } from '../track/track.service.js';
import type { UnitAllocation } from './allocation.entity.js';
import { AllocationRepository, type AllocationRow, type UnitRow } from './allocation.repository.js';

/** The owner type of an allocation's attachments (the signed 交房 receipt). */
export const ALLOCATION_OWNER = 'unit_allocation';

export interface AllocateInput {
  caseId: string;
  unitId: string;
  roundId?: string;
  purpose: AllocationPurpose;
}

/** The holdings that are the household's flats (a reservation is not yet one). */
const TAKEN: readonly AllocationStatus[] = ['allocated', 'delivered'];

const shown = (a: Pick<UnitAllocation, 'status' | 'unitId' | 'caseId' | 'purpose'>) => ({
  status: a.status,
  unitId: a.unitId,
  caseId: a.caseId,
  purpose: a.purpose,
});

/**
 * 分配: a household takes a unit in one step (its turn in the round, within its entitlement and the scheme's cap),
 * releases it, or receives its keys (交房). Each step changes the unit's status, and for a resettlement flat the
 * agreement's promised units and 差价, in the same transaction; the last delivery solves the household's housing.
 */
@Injectable()
export class AllocationService {
  constructor(
    private readonly allocations: AllocationRepository,
    private readonly rounds: ChoosingRepository,
    private readonly agreements: AgreementService,
    private readonly cases: CaseService,
    private readonly tracks: TrackService,
    private readonly attachments: AttachmentService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** The allocation, or 404 (also outside the caller's projects). */
  async get(id: string): Promise<UnitAllocation> {
    const found = await this.allocations.findById(id);
    if (!found || !canSeeProject(found.projectId)) throw new NotFoundException(CHOOSING_MESSAGES.allocationNotFound);
    return found;
  }

  async row(id: string): Promise<AllocationRow> {
    return this.allocations.withUnit(await this.get(id));
  }

  /** A case's allocations (released ones too), newest first. */
  async ofCase(caseId: string): Promise<AllocationRow[]> {
    const caseFile = await this.cases.findById(caseId);
    if (!caseFile || !canSeeProject(caseFile.projectId)) throw new NotFoundException(CHOOSING_MESSAGES.caseNotFound);
    return this.allocations.ofCase(caseId);
  }

  private writable(projectId: string): void {
    if (!canWriteProject(projectId, CHOOSING_WRITERS)) throw new ForbiddenException(CHOOSING_MESSAGES.notWritable);
  }

  /** The agreement's promised units and 差价 from the flats the household now has (allocated or delivered, not those only reserved). */
  private async reprice(caseId: string, agreementId: string): Promise<void> {
    const held = (await this.allocations.heldOfCase(caseId, 'resettlement', TAKEN)).map((a) => a.unitRow);
    const housing = promisedHousing(held);
    await this.agreements.applyHousing(agreementId, housing ? { ...housing, unitPrices: unitPrices(held) } : null);
  }

  /**
   * The signed property-swap household of a case the caller may write, its agreement locked: the household's
   * choices go one at a time, and the agreement's lock comes before any unit's (no lock cycle between households).
   */
  private async swapHousehold(caseId: string) {
    const caseFile = await this.cases.findById(caseId);
    if (!caseFile || !canSeeProject(caseFile.projectId)) throw new NotFoundException(CHOOSING_MESSAGES.caseNotFound);
    this.writable(caseFile.projectId);
    const agreement = await this.agreements.liveOf(caseFile.id);
    if (!agreement || agreement.method !== 'swap' || agreement.status !== 'signed')
      throw new UnprocessableEntityException(ALLOCATION_MESSAGES.notSwap);
    await this.agreements.lock(agreement.id);
    return { caseFile, agreement };
  }

  /** Within the household's entitlement and the scheme's cap over it, priced with every unit it holds or has reserved and `unit`. */
  private async checkPrice(caseId: string, agreement: AgreementRecord, unit: UnitRow): Promise<void> {
    const held = (await this.allocations.heldOfCase(caseId, 'resettlement')).filter((a) => a.unitId !== unit.id).map((a) => a.unitRow);
    const area = held.reduce((sum, u) => sum.plus(u.area), new Dec(unit.area)).toFixed(2);
    const priced = await this.agreements.priceHousing(agreement, { area, unitPrices: unitPrices([...held, unit]) });
    if (!priced.ok) throw new UnprocessableEntityException(priced.message);
  }

  /**
   * 预留: sets a unit aside for a household before it chooses (a reason is required: e.g. a ground-floor flat for a
   * household with a disabled member). Nobody else may take the unit; the household takes it in one click when it
   * chooses (its turn in a round, or outside one), or the reservation is released. The agreement's 差价 changes only
   * when the unit is taken.
   */
  async reserve(input: { caseId: string; unitId: string; reason: string }): Promise<AllocationRow> {
    return this.connection.transaction(async () => {
      const { caseFile, agreement } = await this.swapHousehold(input.caseId);
      const unit = await this.allocations.lockUnit(input.unitId);
      if (!unit) throw new NotFoundException(CHOOSING_MESSAGES.unitNotFound);
      if (unit.status === 'frozen') throw new ConflictException(ALLOCATION_MESSAGES.frozen(unit.frozenReason ?? ''));
      if (unit.status === 'reserved') {
        const holder = await this.allocations.lockReservationOf(unit.id);
        throw new ConflictException(
          holder?.caseId === caseFile.id ? ALLOCATION_MESSAGES.alreadyReserved : ALLOCATION_MESSAGES.reservedForOther,
        );
      }
      if (unit.status !== 'available') throw new ConflictException(ALLOCATION_MESSAGES.taken);
      if (unit.turnover) throw new UnprocessableEntityException(ALLOCATION_MESSAGES.turnoverOnly);
      await this.checkPrice(caseFile.id, agreement, unit);
      const actor = currentActor().username;
      const now = new Date();
      const created = await this.allocations.insert({
        unitId: unit.id,
        baseId: unit.baseId,
        caseId: caseFile.id,
        projectId: caseFile.projectId,
        agreementId: agreement.id,
        roundId: null,
        purpose: 'resettlement',
        status: 'reserved',
        allocatedBy: actor,
        allocatedAt: now,
        reservedAt: now,
        reservedBy: actor,
        reserveReason: input.reason,
        releasedAt: null,
        releasedBy: null,
        releaseReason: null,
        deliveredOn: null,
        deliveredBy: null,
        receiptAttachmentId: null,
      });
      await this.allocations.setUnitStatus(unit.id, 'reserved');
      noteChange({
        entityType: 'unit-allocation',
        entityId: created.id,
        projectId: caseFile.projectId,
        after: { ...shown(created), unit: `${unit.baseName} ${unit.buildingCode} ${unit.unitNo}室`, area: unit.area, reason: input.reason },
      });
      return this.allocations.withUnit((await this.allocations.findById(created.id))!);
    });
  }

  async allocate(input: AllocateInput): Promise<AllocationRow> {
    return this.connection.transaction(async () => {
      const { caseFile, agreement } = await this.swapHousehold(input.caseId);
      // Concurrent requests for the unit queue on its row lock; the unique index stands behind it.
      const unit = await this.allocations.lockUnit(input.unitId);
      if (!unit) throw new NotFoundException(CHOOSING_MESSAGES.unitNotFound);
      if (unit.status === 'frozen') throw new ConflictException(ALLOCATION_MESSAGES.frozen(unit.frozenReason ?? ''));
      // A unit reserved for this household is taken by turning its reservation into the allocation; nobody else may take it.
      let reservation: UnitAllocation | null = null;
      if (unit.status === 'reserved') {
        reservation = await this.allocations.lockReservationOf(unit.id);
        if (!reservation || reservation.caseId !== caseFile.id) throw new ConflictException(ALLOCATION_MESSAGES.reservedForOther);
      } else if (unit.status !== 'available') throw new ConflictException(ALLOCATION_MESSAGES.taken);

      let entryId: string | null = null;
      let entitlement: string | null = null;
      if (input.purpose === 'turnover') {
        if (input.roundId) throw new UnprocessableEntityException('周转房不在选房轮次中分配');
        if (!unit.turnover) throw new UnprocessableEntityException(ALLOCATION_MESSAGES.notTurnover);
        if (agreement.transitionMethod !== 'turnover_flat')
          throw new UnprocessableEntityException(ALLOCATION_MESSAGES.notTurnoverHousehold);
        if ((await this.allocations.heldOfCase(caseFile.id, 'turnover')).length) throw new ConflictException('该户已分配周转房');
      } else {
        if (unit.turnover) throw new UnprocessableEntityException(ALLOCATION_MESSAGES.turnoverOnly);
        if (input.roundId) {
          const round = await this.rounds.lockRound(input.roundId);
          if (!round || !round.projectIds.some((p) => canSeeProject(p))) throw new NotFoundException(CHOOSING_MESSAGES.roundNotFound);
          if (round.status !== 'published') throw new ConflictException(ALLOCATION_MESSAGES.roundClosed);
          if (round.baseId !== unit.baseId) throw new UnprocessableEntityException(ALLOCATION_MESSAGES.wrongBase);
          const entries = await this.rounds.entriesOf(round.id);
          const entry = entries.find((e) => e.caseId === caseFile.id);
          if (!entry) throw new UnprocessableEntityException(CHOOSING_MESSAGES.entryNotFound);
          const problem = turnProblem(
            entries.map((e) => ({ id: e.id, position: e.position, done: e.doneAt !== null })),
            entry.id,
          );
          if (problem) throw new UnprocessableEntityException(problem);
          entryId = entry.id;
          entitlement = entry.entitlementArea;
        } else if (await this.rounds.openEntryOfCase(caseFile.id)) {
          throw new UnprocessableEntityException(ALLOCATION_MESSAGES.inOpenRound);
        }
        await this.checkPrice(caseFile.id, agreement, unit);
      }

      const actor = currentActor().username;
      const now = new Date();
      const roundId = input.roundId ?? null;
      let id: string;
      if (reservation) {
        if (
          !(await this.allocations.update(reservation.id, reservation.version, {
            status: 'allocated',
            allocatedBy: actor,
            allocatedAt: now,
            roundId,
          }))
        )
          throw new ConflictException(CHOOSING_MESSAGES.stale);
        id = reservation.id;
      } else {
        id = (
          await this.allocations.insert({
            unitId: unit.id,
            baseId: unit.baseId,
            caseId: caseFile.id,
            projectId: caseFile.projectId,
            agreementId: agreement.id,
            roundId,
            purpose: input.purpose,
            status: 'allocated',
            allocatedBy: actor,
            allocatedAt: now,
            reservedAt: null,
            reservedBy: null,
            reserveReason: null,
            releasedAt: null,
            releasedBy: null,
            releaseReason: null,
            deliveredOn: null,
            deliveredBy: null,
            receiptAttachmentId: null,
          })
        ).id;
      }
      await this.allocations.setUnitStatus(unit.id, 'allocated');
      noteChange({
        entityType: 'unit-allocation',
        entityId: id,
        projectId: caseFile.projectId,
        ...(reservation ? { before: shown(reservation) } : {}),
        after: {
          status: 'allocated',
          unitId: unit.id,
          caseId: caseFile.id,
          purpose: input.purpose,
          unit: `${unit.baseName} ${unit.buildingCode} ${unit.unitNo}室`,
          area: unit.area,
          roundId,
        },
      });
      if (input.purpose === 'resettlement') {
        await this.reprice(caseFile.id, agreement.id);
        if (entryId && entitlement !== null) {
          const heldArea = (await this.allocations.heldOfCase(caseFile.id, 'resettlement', TAKEN))
            .reduce((sum, a) => sum.plus(a.unitRow.area), new Dec(0))
            .toFixed(2);
          if (entitlementUsed(heldArea, entitlement)) await this.rounds.setDone(entryId, new Date());
        }
      }
      return this.allocations.withUnit((await this.allocations.findById(id))!);
    });
  }

  /** Releases a holding (not delivered): the unit is free again, the agreement repriced, the household's turn back in its round. */
  async release(id: string, input: { reason: string; version: number }): Promise<AllocationRow> {
    return this.connection.transaction(async () => {
      const found = await this.get(id);
      this.writable(found.projectId);
      await this.agreements.lock(found.agreementId);
      const locked = (await this.allocations.lockById(id))!;
      if (locked.version !== input.version) throw new ConflictException(CHOOSING_MESSAGES.stale);
      if (locked.status === 'released') throw new ConflictException(ALLOCATION_MESSAGES.released);
      if (locked.status === 'delivered') throw new UnprocessableEntityException(ALLOCATION_MESSAGES.deliveredNoRelease);
      const wasReservation = locked.status === 'reserved';
      const changes = {
        status: 'released' as const,
        releasedAt: new Date(),
        releasedBy: currentActor().username,
        releaseReason: input.reason,
      };
      if (!(await this.allocations.update(id, input.version, changes))) throw new ConflictException(CHOOSING_MESSAGES.stale);
      await this.allocations.setUnitStatus(locked.unitId, 'available');
      noteChange({
        entityType: 'unit-allocation',
        entityId: id,
        projectId: locked.projectId,
        before: shown(locked),
        after: { ...shown({ ...locked, ...changes }), reason: input.reason },
      });
      if (locked.purpose === 'resettlement' && !wasReservation) {
        await this.reprice(locked.caseId, locked.agreementId);
        if (locked.roundId) {
          const round = await this.rounds.findRound(locked.roundId);
          const entry = await this.rounds.findEntry(locked.roundId, locked.caseId);
          if (round?.status === 'published' && entry?.doneAt) await this.rounds.setDone(entry.id, null);
        }
      }
      return this.allocations.withUnit((await this.allocations.findById(id))!);
    });
  }

  /**
   * 交房: the keys handed over on `deliveredOn` against the signed receipt (an attachment of this allocation). When every
   * resettlement flat of the household is delivered, its track opens from the agreement and becomes `resettled` on the
   * last delivery's date, in the same transaction.
   */
  async deliver(id: string, input: { deliveredOn: string; receiptAttachmentId: string; version: number }): Promise<AllocationRow> {
    return this.connection.transaction(async () => {
      const found = await this.get(id);
      this.writable(found.projectId);
      await this.agreements.lock(found.agreementId);
      const locked = (await this.allocations.lockById(id))!;
      if (locked.version !== input.version) throw new ConflictException(CHOOSING_MESSAGES.stale);
      if (locked.status === 'released') throw new ConflictException(ALLOCATION_MESSAGES.released);
      if (locked.status === 'delivered') throw new ConflictException(ALLOCATION_MESSAGES.alreadyDelivered);
      if (locked.status === 'reserved') throw new UnprocessableEntityException(ALLOCATION_MESSAGES.reservedNotDelivered);
      if (input.deliveredOn > todayInShanghai()) throw new UnprocessableEntityException('交房日期不能晚于今天');
      if (input.deliveredOn < todayInShanghai(locked.allocatedAt))
        throw new UnprocessableEntityException(ALLOCATION_MESSAGES.deliveredBeforeAllocated);
      const receipts = await this.attachments.list(ALLOCATION_OWNER, id);
      if (!receipts.some((a) => a.id === input.receiptAttachmentId))
        throw new UnprocessableEntityException(ALLOCATION_MESSAGES.receiptMissing);
      const changes = {
        status: 'delivered' as const,
        deliveredOn: input.deliveredOn,
        deliveredBy: currentActor().username,
        receiptAttachmentId: input.receiptAttachmentId,
      };
      if (!(await this.allocations.update(id, input.version, changes))) throw new ConflictException(CHOOSING_MESSAGES.stale);
      await this.allocations.setUnitStatus(locked.unitId, 'delivered');
      noteChange({
        entityType: 'unit-allocation',
        entityId: id,
        projectId: locked.projectId,
        before: shown(locked),
        after: { ...shown({ ...locked, ...changes }), deliveredOn: input.deliveredOn },
      });
      if (locked.purpose === 'resettlement') {
        const held = await this.allocations.heldOfCase(locked.caseId, 'resettlement');
        if (held.length && held.every((a) => a.status === 'delivered')) {
          const agreement = await this.agreements.get(locked.agreementId);
          const { recognisedPersons } = await this.agreements.swapBasis(agreement);
          await this.tracks.open({
            caseId: locked.caseId,
            projectId: locked.projectId,
            agreementId: agreement.id,
            method: agreement.method,
            transitionMethod: agreement.transitionMethod,
            transitionMonths: agreement.transitionMonths,
            persons: recognisedPersons,
          });
          const last = held
            .map((a) => a.deliveredOn!)
            .sort()
            .at(-1)!;
          await this.tracks.delivered(locked.caseId, last);
        }
      }
      return this.allocations.withUnit((await this.allocations.findById(id))!);
    });
  }
}
