import { randomBytes } from 'node:crypto';
import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AgreementService, swapDifference, unitPrices } from '@app/compensation';
import {
  canSeeProject,
  canWriteProject,
  currentActor,
  Dec,
  noteChange,
  PROJECT_DIRECTORY,
  TransactionalConnection,
  visibleProjectIds,
  yearInShanghai,
  type ProjectDirectory,
  type ProjectRef,
} from '@app/platform';
import { AllocationRepository, type AllocationRow, type UnitRow } from '../allocation/allocation.repository.js';
import { nextEntry } from '../domain/allocation-rules.js';
import { choosingOrder, ORDER_ALGORITHM, orderHash, seedProblem } from '../domain/choosing-order.js';
import { CHOOSING_MESSAGES, CHOOSING_WRITERS } from '../domain/choosing-rules.js';
import type { ChoosingRound } from './choosing.entity.js';
import { ChoosingRepository, type EntryRow } from './choosing.repository.js';

export interface RoundState {
  round: ChoosingRound;
  projects: ProjectRef[];
  entries: EntryRow[];
  held: AllocationRow[];
  nextEntryId: string | null;
}

export interface UnitOption {
  unit: UnitRow;
  housingArea: string;
  available: boolean;
  reason: string | null;
  differenceFen: bigint | null;
  summary: string | null;
  /** The unit is reserved (预留) for this household. */
  reserved: boolean;
}

/** 选房轮次: published with a fixed seed and the order it gives, read with who is next, closed; a household's options. */
@Injectable()
export class ChoosingService {
  constructor(
    private readonly rounds: ChoosingRepository,
    private readonly allocations: AllocationRepository,
    private readonly agreements: AgreementService,
    private readonly connection: TransactionalConnection,
    @Inject(PROJECT_DIRECTORY) private readonly directory: ProjectDirectory,
  ) {}

  /** The round, or 404 when it does not exist or touches none of the caller's projects. */
  async round(id: string): Promise<ChoosingRound> {
    const round = await this.rounds.findRound(id);
    if (!round || !round.projectIds.some((p) => canSeeProject(p))) throw new NotFoundException(CHOOSING_MESSAGES.roundNotFound);
    return round;
  }

  private assertWritable(round: Pick<ChoosingRound, 'projectIds'>): void {
    if (!round.projectIds.every((p) => canWriteProject(p, CHOOSING_WRITERS))) throw new ForbiddenException(CHOOSING_MESSAGES.notWritable);
  }

  /**
   * Publishes a round: the participants of the projects in the `xj-order-v1` order under the seed (the one given,
   * e.g. a public lottery number, else 32 random bytes), the order's hash, all fixed before anyone chooses.
   */
  async publish(input: { baseId: string; projectCodes: string[]; seed?: string }): Promise<ChoosingRound> {
    const codes = [...new Set(input.projectCodes)];
    const projects = await this.directory.findByCodes(codes);
    for (const code of codes) {
      const found = projects.find((p) => p.code === code);
      if (!found || !canSeeProject(found.id)) throw new NotFoundException(CHOOSING_MESSAGES.projectNotFound(code));
    }
    const projectIds = projects.map((p) => p.id);
    this.assertWritable({ projectIds });
    const seed = input.seed ?? randomBytes(32).toString('hex');
    const problem = seedProblem(seed);
    if (problem) throw new UnprocessableEntityException({ message: problem, details: [{ field: 'seed', message: problem }] });
    return this.connection.transaction(async () => {
      const [base] = await this.connection.manager.query<Array<{ id: string }>>('SELECT id FROM resettlement_base WHERE id = $1', [
        input.baseId,
      ]);
      if (!base) throw new NotFoundException(CHOOSING_MESSAGES.baseNotFound);
      const participants = await this.rounds.participants(projectIds);
      if (!participants.length) throw new UnprocessableEntityException(CHOOSING_MESSAGES.noParticipants);
      const order = choosingOrder(seed, participants);
      const hash = orderHash(
        ORDER_ALGORITHM,
        seed,
        order.map((e) => ({ position: e.position, caseRef: e.item.caseRef, sequenceNo: e.item.sequenceNo })),
      );
      const now = new Date();
      const round = await this.rounds.insertRound({
        number: await this.rounds.nextNumber(yearInShanghai(now)),
        baseId: input.baseId,
        projectIds,
        seed,
        algorithm: ORDER_ALGORITHM,
        orderHash: hash,
        status: 'published',
        publishedAt: now,
        publishedBy: currentActor().username,
        closedAt: null,
      });
      await this.rounds.insertEntries(
        order.map((e) => ({
          roundId: round.id,
          position: e.position,
          caseId: e.item.caseId,
          projectId: e.item.projectId,
          agreementId: e.item.agreementId,
          caseRef: e.item.caseRef,
          sequenceNo: e.item.sequenceNo,
          entitlementArea: e.item.entitlementArea,
          doneAt: null,
        })),
      );
      noteChange({
        entityType: 'choosing-round',
        entityId: round.id,
        projectId: projectIds.length === 1 ? projectIds[0] : undefined,
        after: {
          number: round.number,
          base: input.baseId,
          projects: codes,
          seed,
          algorithm: ORDER_ALGORITHM,
          orderHash: hash,
          households: order.length,
        },
      });
      return round;
    });
  }

  /** Rounds of the caller's projects (or of one project), newest first. */
  async list(projectCode?: string): Promise<ChoosingRound[]> {
    let scope = visibleProjectIds();
    if (projectCode) {
      const [project] = await this.directory.findByCodes([projectCode]);
      if (!project || !canSeeProject(project.id)) throw new NotFoundException(CHOOSING_MESSAGES.projectNotFound(projectCode));
      scope = [project.id];
    }
    return this.rounds.listRounds(scope);
  }

  async projectsOf(rounds: readonly ChoosingRound[]): Promise<Map<string, ProjectRef>> {
    const ids = [...new Set(rounds.flatMap((r) => r.projectIds))];
    return new Map((await this.directory.findByIds(ids)).map((p) => [p.id, p]));
  }

  /** The round with its entries in order, their chosen units and who is next. */
  async state(id: string): Promise<RoundState> {
    const round = await this.round(id);
    const entries = await this.rounds.entriesOf(id);
    const held = await this.allocations.heldInRound(id);
    const projects = await this.projectsOf([round]);
    const next = round.status === 'published' ? nextEntry(entries.map((e) => ({ ...e, done: e.doneAt !== null }))) : null;
    return { round, projects: round.projectIds.map((p) => projects.get(p)!).filter(Boolean), entries, held, nextEntryId: next?.id ?? null };
  }

  async close(id: string, version: number): Promise<ChoosingRound> {
    return this.connection.transaction(async () => {
      const round = await this.round(id);
      this.assertWritable(round);
      const locked = (await this.rounds.lockRound(id))!;
      if (locked.version !== version) throw new ConflictException(CHOOSING_MESSAGES.stale);
      if (locked.status === 'closed') throw new ConflictException(CHOOSING_MESSAGES.roundClosed);
      const closedAt = new Date();
      await this.rounds.updateRound(id, { status: 'closed', closedAt });
      noteChange({ entityType: 'choosing-round', entityId: id, before: { status: 'published' }, after: { status: 'closed' } });
      return (await this.rounds.findRound(id))!;
    });
  }

  /** A household finishes choosing (or passes): the turn moves to the next one. */
  async finish(id: string, entryId: string): Promise<void> {
    await this.connection.transaction(async () => {
      const round = await this.round(id);
      this.assertWritable(round);
      const locked = (await this.rounds.lockRound(id))!;
      if (locked.status === 'closed') throw new ConflictException(CHOOSING_MESSAGES.roundClosed);
      const entry = (await this.rounds.entriesOf(id)).find((e) => e.id === entryId);
      if (!entry) throw new NotFoundException(CHOOSING_MESSAGES.entryNotFound);
      if (entry.doneAt) throw new ConflictException('该户在本轮已完成选房');
      await this.rounds.setDone(entryId, new Date());
      noteChange({
        entityType: 'choosing-entry',
        entityId: entryId,
        projectId: entry.projectId,
        before: { done: false },
        after: { done: true, position: entry.position, caseRef: entry.caseRef },
      });
    });
  }

  /**
   * The base's available units the entry's household may take next to what it holds: each priced (its 差价 with all
   * its held units), the ones beyond the scheme's cap marked unavailable with the reason.
   */
  async options(
    id: string,
    entryId: string,
    filter: { building?: string; layout?: string },
  ): Promise<{ entry: EntryRow; heldArea: string; options: UnitOption[] }> {
    const round = await this.round(id);
    const entry = (await this.rounds.entriesOf(id)).find((e) => e.id === entryId);
    if (!entry) throw new NotFoundException(CHOOSING_MESSAGES.entryNotFound);
    const agreement = await this.agreements.get(entry.agreementId);
    // Its flats (allocated or delivered) and the units reserved for it, which it is expected to take too.
    const holdings = await this.allocations.heldOfCase(entry.caseId, 'resettlement');
    const heldArea = holdings.filter((a) => a.status !== 'reserved').reduce((sum, a) => sum.plus(a.unitRow.area), new Dec(0));
    const { pricing, recognisedPersons } = await this.agreements.swapBasis(agreement);
    const units = await this.allocations.available(round.baseId, { ...filter, forCase: entry.caseId });
    const options: UnitOption[] = [];
    for (const unit of units) {
      const together = [...holdings.filter((a) => a.unitId !== unit.id).map((a) => a.unitRow), unit];
      const housingArea = together.reduce((sum, u) => sum.plus(u.area), new Dec(0)).toFixed(2);
      const reserved = unit.status === 'reserved';
      const priced = swapDifference(pricing, {
        compensationFen: agreement.compensationFen,
        recognisedPersons,
        housingArea,
        unitPrices: unitPrices(together),
      });
      options.push(
        priced.ok
          ? {
              unit,
              housingArea,
              available: true,
              reason: null,
              differenceFen: priced.swap.differenceFen,
              summary: priced.swap.summary,
              reserved,
            }
          : { unit, housingArea, available: false, reason: priced.message, differenceFen: null, summary: null, reserved },
      );
    }
    // The units reserved for the household first.
    options.sort((a, b) => Number(b.reserved) - Number(a.reserved));
    return { entry, heldArea: heldArea.toFixed(2), options };
  }
}
