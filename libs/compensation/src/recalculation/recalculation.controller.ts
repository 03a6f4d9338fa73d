import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, PageQueryDto, READERS, skipTake } from '@app/platform';
import { RecalculationService } from './recalculation.service.js';
import {
  RecalculationApplyView,
  recalculationApplyView,
  RecalculationCasePage,
  recalculationCaseView,
  RecalculationRunView,
  recalculationRunView,
} from './recalculation.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('重新测算')
@Controller()
export class RecalculationController {
  constructor(private readonly recalculations: RecalculationService) {}

  @Post('schemes/:id/recalculations')
  @Allow('admin')
  @AuditAction('recalculation.create')
  @HttpCode(202)
  @ApiOperation({ summary: '对项目现行发布的补偿方案版本发起重新测算预览（排队执行，可查看进度）' })
  @ApiAcceptedResponse({ type: RecalculationRunView })
  async create(@Param('id', uuid) id: string) {
    return recalculationRunView(await this.recalculations.request(id));
  }

  @Get('schemes/:id/recalculations')
  @Allow(...READERS)
  @ApiOperation({ summary: '补偿方案版本的各次重新测算预览（新的在前），含进度与合计' })
  @ApiOkResponse({ type: [RecalculationRunView] })
  async list(@Param('id', uuid) id: string) {
    const runs = await this.recalculations.listForVersion(id);
    return runs.map(({ run, totals }) => recalculationRunView(run, totals));
  }

  @Get('recalculations/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: '重新测算预览的进度与合计' })
  @ApiOkResponse({ type: RecalculationRunView })
  async get(@Param('id', uuid) id: string) {
    const { run, totals } = await this.recalculations.get(id);
    return recalculationRunView(run, totals);
  }

  @Get('recalculations/:id/cases')
  @Allow(...READERS)
  @ApiOperation({ summary: '重新测算预览的各案件：原合计、新合计、差额与变化的项目（差额大的在前）' })
  @ApiOkResponse({ type: RecalculationCasePage })
  async cases(@Param('id', uuid) id: string, @Query() query: PageQueryDto) {
    const page = await this.recalculations.cases(id, skipTake(query));
    return { items: page.items.map(recalculationCaseView), total: page.total };
  }

  @Post('recalculations/:id/apply')
  @Allow('admin')
  @AuditAction('recalculation.apply')
  @HttpCode(200)
  @ApiOperation({ summary: '应用重新测算：在一个事务中为预览的案件保存新测算（已签约或信息已变更的跳过）' })
  @ApiOkResponse({ type: RecalculationApplyView })
  async apply(@Param('id', uuid) id: string) {
    return recalculationApplyView(await this.recalculations.apply(id));
  }
}
