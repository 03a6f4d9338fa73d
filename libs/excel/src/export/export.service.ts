import { ConflictException, ForbiddenException, GoneException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { HandoverService } from '@app/company';
import { SettlementService } from '@app/company';
import { RecalculationService } from '@app/compensation';
import { ProjectService } from '@app/land';
import { MonthlyReportService } from '@app/targets';
import { ConsolidationPlanService } from '@app/land-admin';
import { FeeService } from '@app/resettlement';
import { BaseRepository } from '@app/resettlement';
import { AppConfig, currentActor, JobsService, noteChange, TransactionalConnection } from '@app/platform';
import { ChoosingService } from '@app/resettlement';
import { personalNumberSearch } from '@app/subjects';
import { PURGED_MESSAGES } from '../retention/retention.js';
import { exportFileName, shownExportFilters, type ExportFilters } from './domain/export-kinds.js';
import { CreateExportDto } from './dto/create-export.dto.js';
import { ExportBatch } from './export-batch.entity.js';
import { ExportBatchRepository } from './export-batch.repository.js';
import { ExportJob } from './export.job.js';

const NOT_FOUND = '导出任务不存在';

/** Requests exports and hands out their files; the ExportJob writes them. */
@Injectable()
export class ExportService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly batches: ExportBatchRepository,
    private readonly jobs: JobsService,
    private readonly handovers: HandoverService,
    private readonly config: AppConfig,
    private readonly recalculations: RecalculationService,
    private readonly settlements: SettlementService,
    private readonly fees: FeeService,
    private readonly choosing: ChoosingService,
    private readonly projects: ProjectService,
    private readonly bases: BaseRepository,
    private readonly reports: MonthlyReportService,
    private readonly consolidationPlans: ConsolidationPlanService,
  ) {}

  /** Records the export and queues its job (published after commit). */
  async request(dto: CreateExportDto): Promise<ExportBatch> {
    const actor = currentActor();
    const filters: ExportFilters = Object.fromEntries(Object.entries(dto.filters ?? {}).filter(([, v]) => v !== undefined && v !== ''));
    // A full 身份证号 or phone as the keyword is kept only masked and as its search hash, never in plain text.
    const personal = filters.q ? personalNumberSearch(filters.q) : null;
    if (dto.kind === 'recalculation-diff') {
      if (!filters.recalculation) throw new UnprocessableEntityException({ message: '请指定要导出的重新测算任务', details: [{ field: 'filters.recalculation', message: '请指定要导出的重新测算任务' }] });
      // 404 for a preview the caller may not see; its rows are then read in the job within the same scope.
      await this.recalculations.get(filters.recalculation);
    }
    if (dto.kind === 'settlement-statement') {
      if (!filters.statement) throw new UnprocessableEntityException({ message: '请指定要导出的结算单', details: [{ field: 'filters.statement', message: '请指定要导出的结算单' }] });
      await this.settlements.get(filters.statement); // 404 for a statement the caller may not see
    }
    if (dto.kind === 'reconciliation') {
      if (!filters.project) throw new UnprocessableEntityException({ message: '请指定要对账的项目', details: [{ field: 'filters.project', message: '请指定要对账的项目' }] });
      await this.projects.getByCode(filters.project);
    }
    if (dto.kind === 'public-disclosure') {
      // What is posted publicly is the town's to decide: officers, leaders and admins, one project at a time.
      if (!actor.roles.some((r) => r === 'officer' || r === 'admin' || r === 'leader')) throw new ForbiddenException('没有导出阳光征收公示表的权限');
      if (!filters.project) throw new UnprocessableEntityException({ message: '请指定要公示的项目', details: [{ field: 'filters.project', message: '请指定要公示的项目' }] });
      await this.projects.getByCode(filters.project);
    }
    if (dto.kind === 'monthly-progress-report') {
      // The report leadership reads: the town's roles (the company's liaison has its own views).
      if (!actor.roles.some((r) => r === 'officer' || r === 'admin' || r === 'leader')) throw new ForbiddenException('没有导出月度推进情况报告的权限');
      filters.month ??= await this.reports.defaultMonth();
    }
    if (dto.kind === 'rectification-ledger' && !actor.roles.some((r) => r === 'officer' || r === 'admin' || r === 'leader')) {
      // The 综合整治 register is the town's: the company and finance see nothing of it.
      throw new ForbiddenException('没有导出综合整治台账的权限');
    }
    if (dto.kind === 'handover-certificate') {
      if (!filters.handover) throw new UnprocessableEntityException({ message: '请指定要打印的移交单', details: [{ field: 'filters.handover', message: '请指定要打印的移交单' }] });
      // 404 for a record the caller may not see; the job reads it again as the same user.
      await this.handovers.get(filters.handover);
    }
    if (dto.kind === 'unit-inventory' && filters.base) {
      filters.base = filters.base.toUpperCase();
      if (!(await this.bases.findByCode(filters.base))) throw new NotFoundException(`安置基地 ${filters.base} 不存在`);
    }
    if (dto.kind === 'transitional-fee-batch') {
      // The payment list is finance's: the roles that read fee batches.
      if (!actor.roles.some((r) => r === 'finance' || r === 'admin' || r === 'leader')) throw new ForbiddenException('没有导出过渡费支付清单的权限');
      if (!filters.feeBatch) throw new UnprocessableEntityException({ message: '请指定要导出的过渡费批次', details: [{ field: 'filters.feeBatch', message: '请指定要导出的过渡费批次' }] });
      await this.fees.batch(filters.feeBatch); // 404 for a batch the caller may not see
    }
    if (dto.kind === 'choosing-order') {
      if (!filters.round) throw new UnprocessableEntityException({ message: '请指定要导出的选房轮次', details: [{ field: 'filters.round', message: '请指定要导出的选房轮次' }] });
      await this.choosing.round(filters.round); // 404 for a round the caller may not see
    }
    if (dto.kind === 'land-consolidation-plan') {
      if (!filters.plan) throw new UnprocessableEntityException({ message: '请指定要导出的归并方案', details: [{ field: 'filters.plan', message: '请指定要导出的归并方案' }] });
      await this.consolidationPlans.get(filters.plan); // 403 for a role that sees no land register, 404 for a plan the caller may not see
    }
    if (personal) Object.assign(filters, { q: personal.masked, personalNumber: { field: personal.field, hash: personal.hash } });
    return this.connection.transaction(async () => {
      const now = new Date();
      const batch = await this.batches.insert({
        kind: dto.kind,
        filters,
        status: 'queued',
        fileName: exportFileName(dto.kind, now).fileName,
        userId: actor.userId!,
        username: actor.username,
        unmasked: false,
        createdAt: now,
      });
      await this.jobs.enqueue(ExportJob, { exportId: batch.id });
      noteChange({ entityType: 'export', entityId: batch.id, after: { kind: batch.kind, filters: shownExportFilters(filters) } });
      return batch;
    });
  }

  /** An export of the caller's (admins see every export); others' answer 404 as if they did not exist. */
  async get(id: string): Promise<ExportBatch> {
    const batch = await this.batches.findById(id);
    const actor = currentActor();
    if (!batch || (batch.userId !== actor.userId && !actor.roles.includes('admin'))) throw new NotFoundException(NOT_FOUND);
    return batch;
  }

  /** The caller's own exports, newest first. */
  listMine(): Promise<ExportBatch[]> {
    return this.batches.listByUser(currentActor().userId!);
  }

  /** The finished file of an export; 409 while it is still being written or when it failed. */
  async file(id: string): Promise<{ batch: ExportBatch; path: string }> {
    const batch = await this.get(id);
    if (batch.filePurgedAt) throw new GoneException(PURGED_MESSAGES.export(this.config.EXPORT_RETENTION_DAYS));
    if (batch.status !== 'succeeded' || !batch.storedPath) {
      throw new ConflictException(batch.status === 'failed' ? '导出失败，没有可下载的文件，请重新导出' : '导出文件尚未生成，请稍后再试');
    }
    return { batch, path: batch.storedPath };
  }
}
