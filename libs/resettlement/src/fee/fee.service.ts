import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { PaymentService, yuanText } from '@app/compensation';
import { ProjectService } from '@app/land';
import { canSeeProject, canWriteProject, currentActor, decryptField, maskIdNumber, noteChange, todayInShanghai, TransactionalConnection, visibleProjectIds } from '@app/platform';
import { addMonths, monthOf } from '../domain/transitional-fee.js';
import { TrackRepository } from '../track/track.repository.js';
import type { TransitionalFeeAccrual, TransitionalFeeBatch } from './fee.entity.js';
import { FeeRepository, type AccrualCounts, type BatchLine, type StockFilter } from './fee.repository.js';

/** Who pays 过渡费 (and runs the accrual). */
export const FEE_WRITERS = ['finance', 'admin'] as const;

export interface ClearanceYear {
  year: number;
  startStock: number;
  entered: number;
  delivered: number;
  projected: number;
  endStock: number;
  /** True for the years whose start is still ahead (their start is the year before's projected end). */
  projectedStart: boolean;
}

/** The month before `day`'s month (first day): the last complete month on a run date. */
export function lastCompleteMonth(day: string): string {
  return addMonths(monthOf(day), -1);
}

/**
 * 过渡费: the monthly accrual (the scheduled job and finance's "run now"), the transitional stock and its
 * three-year clearance view, a case's fee months, and finance's payment batches paid through the money payments.
 */
@Injectable()
export class FeeService {
  constructor(
    private readonly fees: FeeRepository,
    private readonly tracks: TrackRepository,
    private readonly projects: ProjectService,
    private readonly payments: PaymentService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** Accrues every complete month not yet accrued through `throughMonth` (default: the month before today), in one transaction. */
  async accrue(throughMonth?: string): Promise<AccrualCounts & { throughMonth: string }> {
    const through = throughMonth ? monthOf(throughMonth) : lastCompleteMonth(todayInShanghai());
    if (through > lastCompleteMonth(todayInShanghai())) throw new UnprocessableEntityException(`只能计提已结束的月份（最晚 ${lastCompleteMonth(todayInShanghai()).slice(0, 7)}）`);
    return this.connection.transaction(async () => {
      const counts = await this.fees.accrue(through);
      noteChange({ entityType: 'transitional-fee-accrual', entityId: through, projectId: null, after: { throughMonth: through, months: counts.months, households: counts.households, amount: yuanText(counts.amountFen) } });
      return { ...counts, throughMonth: through };
    });
  }

  private async projectScope(projectCode?: string): Promise<string[] | null> {
    if (projectCode) return [(await this.projects.getByCode(projectCode)).id];
    return visibleProjectIds();
  }

  async stock(query: { project?: string; base?: string; since?: string }, skip: number, take: number) {
    const filter: StockFilter = { projectIds: await this.projectScope(query.project), baseCode: query.base, since: query.since };
    // The page first: the totals kept for the snapshot it ran in are its totals (no statement to ask for the snapshot).
    const { rows, snapshot } = await this.fees.stockPage(filter, skip, take);
    return { rows, totals: await this.fees.stockTotals(filter, snapshot) };
  }

  /**
   * The year asked and the next two: stock, vacated, resettled, projected deliveries, projected end. The view stands at
   * the data's present — today, or the latest vacating or resettlement when that is earlier (a data set of the past,
   * such as the demo's 2013) — and starts at its year unless a year is asked.
   */
  async clearance(projectCode: string | undefined, year?: number): Promise<{ years: ClearanceYear[]; currentStock: number; unscheduled: number }> {
    const projectIds = await this.projectScope(projectCode);
    const today = todayInShanghai();
    const latest = await this.fees.latestTrackEvent(projectIds);
    const thisYear = Number((latest !== null && latest < today ? latest : today).slice(0, 4));
    const first = year ?? thisYear;
    const planned = await this.fees.plannedDeliveries(projectIds);
    const projectedIn = (y: number) =>
      planned
        .filter((p) => p.year !== null && (y === thisYear ? p.year <= thisYear : p.year === y))
        .reduce((sum, p) => sum + p.households, 0);
    const years: ClearanceYear[] = [];
    for (let y = first; y < first + 3; y++) {
      const actual = await this.fees.clearanceCounts(projectIds, y);
      const previous = years.at(-1);
      const projectedStart = y > thisYear && previous !== undefined;
      const startStock = projectedStart ? previous.endStock : actual.startStock;
      const projected = y >= thisYear ? projectedIn(y) : 0;
      years.push({ year: y, startStock, entered: actual.entered, delivered: actual.delivered, projected, endStock: Math.max(0, startStock + actual.entered - actual.delivered - projected), projectedStart });
    }
    const currentStock = planned.reduce((sum, p) => sum + p.households, 0);
    const unscheduled = planned.filter((p) => p.year === null).reduce((sum, p) => sum + p.households, 0);
    return { years, currentStock, unscheduled };
  }

  /** A case's 过渡费 months (404 for a case the caller may not see or without a track). */
  async caseMonths(caseId: string): Promise<TransitionalFeeAccrual[]> {
    const track = await this.tracks.findByCase(caseId);
    if (!track || !canSeeProject(track.projectId)) throw new NotFoundException('该案件没有安置进程');
    return this.fees.monthsOfCase(caseId);
  }

  // ---- batches ----

  async listBatches(projectCode: string | undefined, skip: number, take: number) {
    const [items, total] = await this.fees.listBatches(await this.projectScope(projectCode), skip, take);
    return { items, total };
  }

  async batch(id: string): Promise<{ batch: TransitionalFeeBatch; lines: BatchLine[] }> {
    const batch = await this.fees.findBatch(id);
    if (!batch || !canSeeProject(batch.projectId)) throw new NotFoundException('过渡费支付批次不存在');
    return { batch, lines: await this.fees.batchLines(id) };
  }

  /**
   * A batch as its payment list (过渡费支付清单) shows it: each household's payee (户主) and 身份证号, masked as every export
   * masks it (households record no bank account: the payee is paid against the ID). 404 like `batch`.
   */
  async paymentList(id: string): Promise<{ batch: TransitionalFeeBatch; lines: Array<BatchLine & { idNumberMasked: string }> }> {
    const { batch, lines } = await this.batch(id);
    return { batch, lines: lines.map((l) => ({ ...l, idNumberMasked: l.headIdNumber ? maskIdNumber(decryptField(l.headIdNumber)) : '—' })) };
  }

  /** Gathers the project's unpaid, unbatched months through `throughMonth` into a new draft batch (422 when there are none). */
  async createBatch(projectCode: string, throughMonth: string): Promise<TransitionalFeeBatch> {
    const project = await this.projects.getByCode(projectCode);
    if (!canWriteProject(project.id, FEE_WRITERS)) throw new NotFoundException(`项目 ${projectCode} 不存在`);
    const through = monthOf(throughMonth);
    return this.connection.transaction(async () => {
      await this.fees.lockProjectBatches(project.id);
      const n = (await this.fees.countBatches(project.id)) + 1;
      const batch = await this.fees.insertBatch({
        number: `GDF-${project.code}-${through.slice(0, 7)}-${String(n).padStart(2, '0')}`,
        projectId: project.id,
        throughMonth: through,
        status: 'draft',
        households: 0,
        totalFen: 0n,
        createdBy: currentActor().username,
      });
      const gathered = await this.fees.gather(batch.id, project.id, through);
      if (gathered.households === 0) throw new UnprocessableEntityException(`项目 ${project.code} 截至 ${through.slice(0, 7)} 没有未支付、未列入批次的过渡费`);
      await this.fees.updateBatch(batch.id, { households: gathered.households, totalFen: gathered.totalFen });
      noteChange({ entityType: 'transitional-fee-batch', entityId: batch.id, projectId: project.id, after: { number: batch.number, throughMonth: through, households: gathered.households, total: yuanText(gathered.totalFen) } });
      return (await this.fees.findBatch(batch.id))!;
    });
  }

  /**
   * Pays a draft batch: one payment (purpose `transitional_fee`) per household line, each idempotent under the
   * request's Idempotency-Key; its months are marked paid and the batch is `paid`, all in one transaction. A
   * replay with the same key answers the paid batch; another key on a paid batch is a conflict (409).
   */
  async payBatch(id: string, idempotencyKey: string | undefined, input: { paidOn: string; method: 'bank_transfer' | 'cheque' | 'cash'; bankReference?: string | null }) {
    const key = PaymentService.requireKey(idempotencyKey);
    return this.connection.transaction(async () => {
      const batch = await this.fees.lockBatch(id);
      if (!batch || !canSeeProject(batch.projectId)) throw new NotFoundException('过渡费支付批次不存在');
      if (!canWriteProject(batch.projectId, FEE_WRITERS)) throw new NotFoundException('过渡费支付批次不存在');
      if (input.paidOn > todayInShanghai()) throw new UnprocessableEntityException('支付日期不能晚于今天');
      const lines = await this.fees.batchLines(id);
      if (batch.status === 'paid') {
        // a replay answers the paid batch when its payments were made under this key; otherwise it is another request
        for (const line of lines) {
          const paid = await this.payments.findTransitionalFee(key, line.caseId);
          if (!paid || paid.id !== line.paymentId) throw new ConflictException(`该批次已于 ${batch.paidOn} 支付，不能重复支付`);
          await this.payments.recordTransitionalFee(line.agreementId, key, { amountFen: line.amountFen, ...input }); // 422 when the content differs
        }
        return batch;
      }
      for (const line of lines) {
        const { payment } = await this.payments.recordTransitionalFee(line.agreementId, key, { amountFen: line.amountFen, ...input });
        await this.fees.markPaid(id, line.caseId, payment.id);
      }
      await this.fees.updateBatch(id, { status: 'paid', paidOn: input.paidOn, paidBy: currentActor().username });
      noteChange({ entityType: 'transitional-fee-batch', entityId: id, projectId: batch.projectId, before: { status: 'draft' }, after: { status: 'paid', paidOn: input.paidOn, households: lines.length, total: yuanText(batch.totalFen) } });
      return (await this.fees.findBatch(id))!;
    });
  }
}
