import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { HandoverService } from '@app/company';
import { MoneyLedgerRepository, type LedgerCursor as MoneyLedgerCursor, type LedgerPage } from '@app/compensation';
import { SettlementExportSource } from '@app/company';
import { UserActors } from '@app/identity';
import { MonthlyReportService } from '@app/targets';
import { FeeService } from '@app/resettlement';
import { BaseRepository, UnitRepository } from '@app/resettlement';
import { ChoosingService, ORDER_ALGORITHM_DESCRIPTION } from '@app/resettlement';
import { AppConfig, HandlesJob, HeapBudget, runWithContext, toShanghaiIso, visibleProjectIds, type JobContext, type JobHandler } from '@app/platform';
import { CASE_PROGRESS_COLUMNS, caseProgressTotal } from './domain/case-progress.js';
import { disclosureLine, EXPORT_KIND_LABELS, watermarkLine } from './domain/export-kinds.js';
import { HOUSEHOLD_LEDGER_COLUMNS, type HouseholdLedgerRow } from './domain/household-ledger.js';
import {
  AGREEMENT_LEDGER_COLUMNS,
  agreementLedgerTotal,
  DISCLOSURE_COLUMNS,
  disclosureTotal,
  asLedgerRows,
  PAYMENT_LEDGER_COLUMNS,
  paymentLedgerTotal,
  RECALCULATION_DIFF_COLUMNS,
  recalculationDiffTotal,
  sumTotals,
  type Totalled,
} from './domain/money-ledgers.js';
import { ExportBatchRepository } from './export-batch.repository.js';
import type { ExportBatch } from './export-batch.entity.js';
import { ExportSourceRepository, type LedgerCursor } from './export-source.repository.js';
import { ExportJob } from './export.job.js';
import { writeChoosingOrder } from './choosing-order-workbook.js';
import { writeHandoverCertificate } from './handover-certificate-writer.js';
import { LedgerWriter } from './ledger-writer.js';
import { writeFeeBatchList } from './transitional-fee-batch-writer.js';
import { writeReconciliationWorkbook, writeStatementWorkbook } from './settlement-workbooks.js';
import { UNIT_INVENTORY_COLUMNS } from './domain/unit-inventory.js';
import { writeMonthlyReport } from './monthly-report-workbook.js';
import { RECTIFICATION_LEDGER_COLUMNS } from './domain/rectification-ledger.js';
import { ConsolidationPlanService, RectificationLedgerSource } from '@app/land-admin';
import { writeConsolidationPlan } from './consolidation-plan-workbook.js';

/** Why an export whose every attempt failed has no file. */
export const EXPORT_FAILED = '导出失败：多次重试后仍出错（数据库或系统故障），请稍后重新导出或联系管理员';

/**
 * Writes an export's workbook to `DATA_DIR/exports/<id>.xlsx`, reading as the user who asked for
 * it (their roles and projects as they are now), so the file holds exactly what they may see.
 * Idempotent: a redelivered job rewrites the file from scratch under a temporary name, and a
 * finished batch is left alone.
 */
@Injectable()
@HandlesJob(ExportJob)
export class ExportJobHandler implements JobHandler<ExportJob> {
  private readonly logger = new Logger(ExportJobHandler.name);

  constructor(
    private readonly config: AppConfig,
    private readonly batches: ExportBatchRepository,
    private readonly source: ExportSourceRepository,
    private readonly users: UserActors,
    private readonly handovers: HandoverService,
    private readonly choosing: ChoosingService,
    private readonly fees: FeeService,
    private readonly money: MoneyLedgerRepository,
    private readonly settlements: SettlementExportSource,
    private readonly bases: BaseRepository,
    private readonly units: UnitRepository,
    private readonly reports: MonthlyReportService,
    private readonly rectification: RectificationLedgerSource,
    private readonly consolidationPlans: ConsolidationPlanService,
  ) {}

  async handle(payload: { exportId: string }, ctx: JobContext): Promise<{ rows: number } | null> {
    const batch = await this.batches.findById(payload.exportId);
    if (!batch || batch.status === 'succeeded') return null;
    const actor = await this.users.actorOf(batch.userId);
    if (!actor) {
      await this.batches.update(batch.id, { status: 'failed', message: '导出人的账号已停用或不存在', finishedAt: new Date() });
      return null;
    }
    await this.batches.update(batch.id, { status: 'running', startedAt: new Date(), processed: 0, message: null });
    const dir = resolve(this.config.DATA_DIR, 'exports');
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${batch.id}.xlsx`);
    const partial = `${path}.part`;
    try {
      const rows = await runWithContext({ actor, changes: [] }, () => this.write(batch, partial, ctx));
      await rename(partial, path);
      await this.batches.update(batch.id, { status: 'succeeded', storedPath: path, total: rows, processed: rows, finishedAt: new Date() });
      return { rows };
    } catch (error) {
      // The queue retries; the batch shows `failed` only once the last attempt has failed (onFinalFailure).
      this.logger.error(`export ${batch.id} failed: ${(error as Error).stack ?? String(error)}`);
      await rm(partial, { force: true });
      throw error;
    }
  }

  /** The last attempt failed: the batch ends `failed` with a Chinese message instead of staying `running`. */
  async onFinalFailure(payload: { exportId: string }): Promise<void> {
    await this.batches.failIfOpen(payload.exportId, EXPORT_FAILED);
  }

  private async write(batch: ExportBatch, path: string, ctx: JobContext): Promise<number> {
    const scope = visibleProjectIds();
    const watermark = watermarkLine(batch.username, batch.createdAt);
    if (batch.kind === 'handover-certificate') {
      const { record, cases } = await this.handovers.get(batch.filters.handover ?? '');
      await writeHandoverCertificate(path, record, cases, watermark);
      return cases.length;
    }
    if (batch.kind === 'monthly-progress-report') {
      // The month was fixed when the export was asked for; the figures are recounted now, as the exporter sees them.
      return writeMonthlyReport(path, await this.reports.compose(batch.filters.month ?? ''), watermark);
    }
    if (batch.kind === 'transitional-fee-batch') {
      const { batch: feeBatch, lines } = await this.fees.paymentList(batch.filters.feeBatch ?? '');
      await writeFeeBatchList(path, feeBatch, lines, watermark);
      return lines.length;
    }
    if (batch.kind === 'choosing-order') {
      const { round, projects, entries } = await this.choosing.state(batch.filters.round ?? '');
      await writeChoosingOrder(
        path,
        {
          round: round.number,
          base: round.base?.name ?? '',
          projects: projects.map((p) => p.code).join('、'),
          seed: round.seed,
          algorithm: round.algorithm,
          description: ORDER_ALGORITHM_DESCRIPTION,
          orderHash: round.orderHash,
          publishedAt: toShanghaiIso(round.publishedAt).slice(0, 16).replace('T', ' '),
          rows: entries.map((e) => ({ position: e.position, caseRef: e.caseRef, sequenceNo: e.sequenceNo, projectCode: e.projectCode })),
        },
        watermark,
      );
      return entries.length;
    }
    if (batch.kind === 'agreement-ledger' || batch.kind === 'payment-ledger' || batch.kind === 'recalculation-diff') return this.writeMoneyLedger(batch, path, ctx, scope, watermark);
    if (batch.kind === 'public-disclosure') {
      const limit = this.config.EXPORT_PAGE_ROWS;
      return this.writeMoneyPages(batch, ctx, new LedgerWriter(path, EXPORT_KIND_LABELS[batch.kind], DISCLOSURE_COLUMNS), disclosureTotal, disclosureLine(batch.createdAt), (after) =>
        this.money.disclosurePage({ project: batch.filters.project }, scope, after, limit),
      );
    }
    // 结算单 and 三账对账表 (libs/company): each read in one go, written with the streaming writer.
    if (batch.kind === 'settlement-statement') return writeStatementWorkbook(path, await this.settlements.statement(batch.filters.statement ?? ''), watermark);
    if (batch.kind === 'reconciliation') return writeReconciliationWorkbook(path, await this.settlements.reconciliation(batch.filters.project ?? ''), watermark);
    if (batch.kind === 'unit-inventory') return this.writeUnitInventory(batch, path, ctx, watermark);
    if (batch.kind === 'rectification-ledger') {
      // The register is small (hundreds of rows a year): read in one go, as the user who asked.
      const { year, rows } = await this.rectification.ledger({ year: batch.filters.year, village: batch.filters.village });
      const writer = new LedgerWriter(path, `${EXPORT_KIND_LABELS[batch.kind]}（${year}年）`, RECTIFICATION_LEDGER_COLUMNS);
      writer.add(rows);
      await writer.finish(watermark);
      return rows.length;
    }
    // 集体土地归并方案 (libs/land-admin): read as the user who asked, in one go.
    if (batch.kind === 'land-consolidation-plan') return writeConsolidationPlan(path, await this.consolidationPlans.get(batch.filters.plan ?? ''), watermark);
    if (batch.kind === 'case-progress') {
      // One query: consistent by itself.
      const rows = await this.source.caseProgress(batch.filters, scope);
      const writer = new LedgerWriter(path, EXPORT_KIND_LABELS[batch.kind], CASE_PROGRESS_COLUMNS);
      writer.add(rows);
      writer.add([caseProgressTotal(rows)], { bold: true });
      await writer.finish(watermark);
      return rows.length;
    }
    // The count and every page come from one snapshot: rows changed while the file is written do not
    // appear twice, go missing or disagree with the count.
    return this.source.snapshot((read) => this.writeLedger(batch, path, ctx, scope, watermark, read));
  }

  /**
   * 签约台账 / 支付台账 / 重新测算差异表 from the compensation library: pages of `EXPORT_PAGE_ROWS` read from one
   * snapshot (rows changed meanwhile neither appear twice nor go missing), each written as it arrives, and a
   * bold 合计 row summed page by page in fen under them.
   */
  private async writeMoneyLedger(batch: ExportBatch, path: string, ctx: JobContext, scope: string[] | null, watermark: string): Promise<number> {
    const title = EXPORT_KIND_LABELS[batch.kind];
    const limit = this.config.EXPORT_PAGE_ROWS;
    const filters = batch.filters;
    if (batch.kind === 'agreement-ledger') {
      return this.writeMoneyPages(batch, ctx, new LedgerWriter(path, title, AGREEMENT_LEDGER_COLUMNS), agreementLedgerTotal, watermark, (after) =>
        this.money.agreementsPage(filters, scope, after, limit),
      );
    }
    if (batch.kind === 'recalculation-diff') {
      return this.writeMoneyPages(batch, ctx, new LedgerWriter(path, title, RECALCULATION_DIFF_COLUMNS), recalculationDiffTotal, watermark, (after) =>
        this.money.recalculationDiffPage(filters.recalculation ?? '', scope, after, limit),
      );
    }
    return this.writeMoneyPages(batch, ctx, new LedgerWriter(path, title, PAYMENT_LEDGER_COLUMNS), paymentLedgerTotal, watermark, (after) =>
      this.money.paymentsPage(filters, scope, after, limit),
    );
  }

  /**
   * 安置房源清单: every flat (of one base when asked) in base, building, floor and 室号 order, read page by page
   * from one snapshot and written as it arrives. The holder is named by the household's code only.
   */
  private async writeUnitInventory(batch: ExportBatch, path: string, ctx: JobContext, watermark: string): Promise<number> {
    const base = batch.filters.base ? await this.bases.findByCode(batch.filters.base) : null;
    const filters = { baseId: base?.id };
    const limit = this.config.EXPORT_PAGE_ROWS;
    const writer = new LedgerWriter(path, EXPORT_KIND_LABELS[batch.kind], UNIT_INVENTORY_COLUMNS);
    const written = await this.source.snapshot(async (read) => {
      let done = 0;
      for (;;) {
        const page = await read(() => this.units.page(filters, done, limit));
        writer.add(page.items);
        done += page.items.length;
        await this.batches.update(batch.id, { total: page.total, processed: done });
        await ctx.progress(page.total ? Math.min(99, Math.floor((done / page.total) * 100)) : 99);
        if (page.items.length < limit) return done;
      }
    });
    await writer.finish(watermark);
    return written;
  }

  private writeMoneyPages<R>(
    batch: ExportBatch,
    ctx: JobContext,
    writer: LedgerWriter<Totalled<R>>,
    totalOf: (rows: readonly R[]) => Totalled<R>,
    watermark: string,
    page: (after: MoneyLedgerCursor | null) => Promise<LedgerPage<R>>,
  ): Promise<number> {
    return this.source.snapshot(async (read) => {
      let total: Record<string, bigint> = {};
      let written = 0;
      let cursor: MoneyLedgerCursor | null = null;
      do {
        const { rows, next }: LedgerPage<R> = await read(() => page(cursor));
        writer.add(asLedgerRows(rows));
        const pageTotal = totalOf(rows);
        if ('total' in pageTotal) total = sumTotals(total, pageTotal.total);
        written += rows.length;
        cursor = next;
        if (cursor) {
          await this.batches.update(batch.id, { processed: written });
          await ctx.progress(99);
        }
      } while (cursor);
      writer.add([{ total }], { bold: true });
      await writer.finish(watermark);
      return written;
    });
  }

  private async writeLedger(
    batch: ExportBatch,
    path: string,
    ctx: JobContext,
    scope: string[] | null,
    watermark: string,
    read: <R>(query: () => Promise<R>) => Promise<R>,
  ): Promise<number> {
    // Rows per query (keyset pagination) and between progress reports.
    const pageRows = this.config.EXPORT_PAGE_ROWS;
    const page = (after: LedgerCursor | null) => read(() => this.source.householdBatch(batch.filters, scope, after, pageRows));
    // The first page is read while the rows are counted.
    let next: Promise<HouseholdLedgerRow[]> | null = page(null);
    next.catch(() => undefined);
    const total = await read(() => this.source.countHouseholds(batch.filters, scope));
    await this.batches.update(batch.id, { total });
    const writer = new LedgerWriter<HouseholdLedgerRow>(path, EXPORT_KIND_LABELS[batch.kind], HOUSEHOLD_LEDGER_COLUMNS);
    let processed = 0;
    // Written pages are collected every few pages instead of piling up: memory stays flat.
    const heap = new HeapBudget(this.config.JOB_HEAP_BUDGET_MB);
    // Progress is recorded in order but not waited for page by page: the next page is what the loop waits on.
    let bookkeeping: Promise<unknown> = Promise.resolve();
    while (next) {
      const rows: HouseholdLedgerRow[] = await next;
      if (rows.length === 0) break;
      // The next page is read while this one is written: the database and the file work at the same time.
      const last = rows[rows.length - 1]!;
      next = rows.length < pageRows ? null : page({ projectId: last.projectId, code: last.code });
      // Observed when awaited; a failure while this page is written must not go unhandled meanwhile.
      next?.catch(() => undefined);
      writer.add(rows);
      heap.check();
      processed += rows.length;
      const done = processed;
      const percent = total ? Math.min(99, Math.floor((done / total) * 100)) : 99;
      bookkeeping = bookkeeping.then(() => Promise.all([this.batches.update(batch.id, { processed: done }), ctx.progress(percent)]));
      bookkeeping.catch(() => undefined);
    }
    await bookkeeping;
    await writer.finish(watermark);
    return processed;
  }
}
