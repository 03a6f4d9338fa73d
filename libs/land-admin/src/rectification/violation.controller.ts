import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction } from '@app/platform';
import { RECTIFICATION_READERS, RECTIFICATION_WRITERS } from './domain/violation-rules.js';
import {
  ConfirmUnlicensedAreaDto,
  CreateViolationDto,
  ListViolationsQueryDto,
  ViolationStepDto,
  YearQueryDto,
} from './dto/violation.dto.js';
import { RectificationSummaryView, summaryView, UnlicensedProposalView, VillageListView } from './summary.view.js';
import { ViolationPageView, ViolationView, violationView } from './violation.view.js';
import { ViolationService } from './violation.service.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** 综合整治台账: officers (their projects' parcels and villages) and admins write, leaders read, the company sees nothing. */
@ApiTags('综合整治')
@Controller('rectification')
export class ViolationController {
  constructor(private readonly violations: ViolationService) {}

  private async view(id: string): Promise<ViolationView> {
    const { row, steps } = await this.violations.get(id);
    return violationView(row, await this.violations.yearOf(undefined), steps);
  }

  @Get('violations')
  @Allow(...RECTIFICATION_READERS)
  @ApiOperation({ summary: '综合整治台账：违法用地、违法建筑、渣土乱倒（按年度、村、类型、状态、责任户、逾期筛选；存量/新增对照该年度）' })
  @ApiOkResponse({ type: ViolationPageView })
  async list(@Query() query: ListViolationsQueryDto): Promise<ViolationPageView> {
    const { page, year } = await this.violations.list(query);
    return { items: page.items.map((v) => violationView(v, year)), total: page.total, year };
  }

  @Post('violations')
  @Allow(...RECTIFICATION_WRITERS)
  @AuditAction('rectification.create')
  @ApiOperation({ summary: '登记违法行为（状态为已发现）：地块或地址、村，面积或方量，发现日期，责任人' })
  @ApiCreatedResponse({ type: ViolationView })
  async create(@Body() dto: CreateViolationDto): Promise<ViolationView> {
    return this.view(await this.violations.create(dto));
  }

  @Get('violations/:id')
  @Allow(...RECTIFICATION_READERS)
  @ApiOperation({ summary: '违法行为详情：状态步骤（谁、何时）、整改期限、是否逾期' })
  @ApiOkResponse({ type: ViolationView })
  get(@Param('id', uuid) id: string): Promise<ViolationView> {
    return this.view(id);
  }

  @Post('violations/:id/steps')
  @HttpCode(200)
  @Allow(...RECTIFICATION_WRITERS)
  @AuditAction('rectification.step')
  @ApiOperation({ summary: '变更状态：已发现 → 已下达整改通知（须填整改期限）→ 整改中 → 已整改 或 已拆除' })
  @ApiOkResponse({ type: ViolationView })
  async step(@Param('id', uuid) id: string, @Body() dto: ViolationStepDto): Promise<ViolationView> {
    await this.violations.step(id, dto);
    return this.view(id);
  }

  @Get('summary')
  @Allow(...RECTIFICATION_READERS)
  @ApiOperation({ summary: '综合整治年度统计：年初存量、消除、新增、未消除，按村、类型、月份' })
  @ApiOkResponse({ type: RectificationSummaryView })
  async summary(@Query() query: YearQueryDto): Promise<RectificationSummaryView> {
    return summaryView(await this.violations.summary(query.year));
  }

  @Get('villages')
  @Allow(...RECTIFICATION_READERS)
  @ApiOperation({ summary: '当前用户可登记违法行为的村' })
  @ApiOkResponse({ type: VillageListView })
  async villages(): Promise<VillageListView> {
    return { villages: await this.violations.villages() };
  }

  @Get('households/:id/unlicensed-area')
  @Allow(...RECTIFICATION_READERS)
  @ApiOperation({ summary: '整治台账对该户无证面积的建议：该户违法建筑（未拆除）面积之和，与现登记的对照' })
  @ApiOkResponse({ type: UnlicensedProposalView })
  proposal(@Param('id', uuid) id: string): Promise<UnlicensedProposalView> {
    return this.violations.unlicensedProposal(id);
  }

  @Post('households/:id/unlicensed-area/confirm')
  @HttpCode(200)
  @Allow(...RECTIFICATION_WRITERS)
  @AuditAction('rectification.confirm-unlicensed-area')
  @ApiOperation({ summary: '经办人确认建议：该户的无证面积改为整治台账的建议面积（记入审计）' })
  @ApiOkResponse({ type: UnlicensedProposalView })
  confirm(@Param('id', uuid) id: string, @Body() dto: ConfirmUnlicensedAreaDto): Promise<UnlicensedProposalView> {
    return this.violations.confirmUnlicensed(id, dto);
  }
}
