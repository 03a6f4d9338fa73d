import { Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, PROJECT_DIRECTORY, READERS, skipTake, type ProjectDirectory } from '@app/platform';
import { ClearanceQueryDto, CreateFeeBatchDto, FeeBatchQueryDto, firstDay, PayFeeBatchDto, RunAccrualDto, TransitionalStockQueryDto } from './dto/fee.dto.js';
import type { TransitionalFeeBatch } from './fee.entity.js';
import { FeeService } from './fee.service.js';
import {
  AccrualRunView,
  accrualRunView,
  ClearanceView,
  clearanceView,
  FeeBatchDetailView,
  feeBatchDetailView,
  FeeBatchPage,
  feeBatchView,
  FeeMonthView,
  feeMonthView,
  TransitionalPage,
  transitionalPage,
} from './fee.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
const FEE_PAYERS = ['finance', 'admin'] as const;
const FEE_READERS = ['finance', 'admin', 'leader'] as const;

@ApiTags('过渡户与过渡费')
@Controller()
export class FeeController {
  constructor(
    private readonly fees: FeeService,
    @Inject(PROJECT_DIRECTORY) private readonly directory: ProjectDirectory,
  ) {}

  private async codes(batches: TransitionalFeeBatch[]): Promise<Map<string, string>> {
    const refs = await this.directory.findByIds([...new Set(batches.map((b) => b.projectId))]);
    return new Map(refs.map((r) => [r.id, r.code]));
  }

  @Get('resettlement/transitional')
  @Allow(...READERS)
  @ApiOperation({ summary: '过渡户存量：腾地日期、已过渡月数、过渡方式、已分配房源及计划交房、过渡费已计提/已付/未付及合计' })
  @ApiOkResponse({ type: TransitionalPage })
  async stock(@Query() query: TransitionalStockQueryDto) {
    const { skip, take } = skipTake(query);
    const { rows, totals } = await this.fees.stock(query, skip, take);
    return transitionalPage(rows, totals);
  }

  @Get('resettlement/transitional/clearance')
  @Allow(...READERS)
  @ApiOperation({ summary: '过渡户三年清零视图：每年年初存量、新增、已交房、按计划交付日期预计交房、预计年末存量' })
  @ApiOkResponse({ type: ClearanceView })
  async clearance(@Query() query: ClearanceQueryDto) {
    const { years, currentStock, unscheduled } = await this.fees.clearance(query.project, query.year);
    return clearanceView(query.project ?? null, years, currentStock, unscheduled);
  }

  @Get('cases/:id/transitional-fees')
  @Allow(...READERS)
  @ApiOperation({ summary: '案件的过渡费计提明细（按月，含计算依据）' })
  @ApiOkResponse({ type: [FeeMonthView] })
  async caseMonths(@Param('id', uuid) id: string) {
    return (await this.fees.caseMonths(id)).map(feeMonthView);
  }

  @Post('resettlement/accruals/run')
  @HttpCode(200)
  @Allow(...FEE_PAYERS)
  @AuditAction('transitional-fee-accrual.run')
  @ApiOperation({ summary: '立即计提过渡费至某月（与每月 1 日的定时任务相同，重复运行不会重复计提）' })
  @ApiOkResponse({ type: AccrualRunView })
  async run(@Body() dto: RunAccrualDto) {
    return accrualRunView(await this.fees.accrue(dto.throughMonth ? firstDay(dto.throughMonth) : undefined));
  }

  @Get('resettlement/fee-batches')
  @Allow(...FEE_READERS)
  @ApiOperation({ summary: '过渡费支付批次（新建的在前）' })
  @ApiOkResponse({ type: FeeBatchPage })
  async batches(@Query() query: FeeBatchQueryDto) {
    const { skip, take } = skipTake(query);
    const page = await this.fees.listBatches(query.project, skip, take);
    const codes = await this.codes(page.items);
    return { items: page.items.map((b) => feeBatchView(b, codes.get(b.projectId) ?? '')), total: page.total };
  }

  @Get('resettlement/fee-batches/:id')
  @Allow(...FEE_READERS)
  @ApiOperation({ summary: '过渡费支付批次详情：每户一行' })
  @ApiOkResponse({ type: FeeBatchDetailView })
  async batch(@Param('id', uuid) id: string) {
    const { batch, lines } = await this.fees.batch(id);
    return feeBatchDetailView(batch, (await this.codes([batch])).get(batch.projectId) ?? '', lines);
  }

  @Post('resettlement/fee-batches')
  @Allow(...FEE_PAYERS)
  @AuditAction('transitional-fee-batch.create')
  @ApiOperation({ summary: '生成过渡费支付批次：项目截至某月未支付、未列入批次的过渡费，每户一行' })
  @ApiCreatedResponse({ type: FeeBatchDetailView })
  async create(@Body() dto: CreateFeeBatchDto) {
    const created = await this.fees.createBatch(dto.projectCode, firstDay(dto.throughMonth));
    return this.batch(created.id);
  }

  @Post('resettlement/fee-batches/:id/pay')
  @HttpCode(200)
  @Allow(...FEE_PAYERS)
  @AuditAction('transitional-fee-batch.pay')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '每次支付一个唯一键：相同键重复提交只支付一次并返回已支付的批次' })
  @ApiOperation({ summary: '支付过渡费批次：每户记一笔过渡费支付（不计入补偿款已付），批次变为已支付' })
  @ApiOkResponse({ type: FeeBatchDetailView })
  async pay(@Param('id', uuid) id: string, @Headers('idempotency-key') key: string | undefined, @Body() dto: PayFeeBatchDto) {
    await this.fees.payBatch(id, key, dto);
    return this.batch(id);
  }
}
