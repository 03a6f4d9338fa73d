import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, fenToYuan, PageQueryDto, READERS, skipTake } from '@app/platform';
import { PickerQuery } from '@app/subjects';
import { AnswerLineDto, DisputeLineDto, IssueStatementDto, RecordReceiptDto, UpdateFiguresDto } from './dto/settlement.dto.js';
import { SettlementFiguresService } from './settlement-figures.service.js';
import { SETTLEMENT_COMPANY, SETTLEMENT_FINANCE, SettlementService, type StatementDetail } from './settlement.service.js';
import { SettlementLabels } from './settlement-labels.js';
import { ReconciliationView } from './reconciliation.view.js';
import {
  lineView,
  receiptView,
  SettlementCandidatePage,
  SettlementFiguresView,
  SettlementReceiptView,
  statementSummaryView,
  StatementPage,
  StatementView,
} from './settlement.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('结算机制')
@Controller()
export class SettlementController {
  constructor(
    private readonly settlements: SettlementService,
    private readonly figures: SettlementFiguresService,
    private readonly labels: SettlementLabels,
  ) {}

  private async detail(d: StatementDetail): Promise<StatementView> {
    const labels = await this.labels.ofCases(d.lines.map((l) => l.caseId));
    const allocated = [...d.allocated.values()].reduce((a, b) => a + b, 0n);
    return {
      ...statementSummaryView(d.statement, d.projectCode, d.receivedFen),
      outstanding: fenToYuan(d.statement.totalFen - d.receivedFen),
      unallocated: fenToYuan(d.receivedFen - allocated),
      lines: d.lines.map((l) => lineView(l, labels.get(l.caseId), d.allocated.get(l.id) ?? 0n)),
      receipts: d.receipts.map(receiptView),
    };
  }

  @Get('projects/:code/settlement-statements')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目的结算单（新的在前），含合计和已到账' })
  @ApiOkResponse({ type: StatementPage })
  async list(@Param('code') code: string, @Query() query: PageQueryDto) {
    const { skip, take } = skipTake(query);
    const page = await this.settlements.list(code, skip, take);
    return { items: page.items.map((s) => statementSummaryView(s, page.projectCode, page.received.get(s.id) ?? 0n)), total: page.total };
  }

  @Get('projects/:code/settlement-candidates')
  @Allow(...READERS)
  @ApiOperation({ summary: '可列入新结算单的案件：已腾地、协议已签约、尚未列入结算单，按编号分页（after 接着读）' })
  @ApiOkResponse({ type: SettlementCandidatePage })
  async candidates(@Param('code') code: string, @Query() query: PickerQuery): Promise<SettlementCandidatePage> {
    const page = await this.settlements.candidates(code, query);
    return {
      items: page.items.map((c) => ({
        caseId: c.caseId,
        agreementId: c.agreementId,
        subjectType: c.subjectType,
        subjectCode: c.subjectCode,
        party: c.party,
        agreed: fenToYuan(c.agreedFen),
        paid: fenToYuan(c.paidFen),
      })),
      next: page.next,
    };
  }

  @Post('projects/:code/settlement-statements')
  @Allow(...SETTLEMENT_FINANCE)
  @AuditAction('settlement-statement.issue')
  @ApiOperation({ summary: '出具结算单（财务）：所选已腾地、已签约案件各一行，含协议金额、已支付、管理费、合计' })
  @ApiCreatedResponse({ type: StatementView })
  async issue(@Param('code') code: string, @Body() dto: IssueStatementDto) {
    const id = await this.settlements.issue(code, dto);
    return this.detail(await this.settlements.get(id));
  }

  @Get('settlement-statements/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: '结算单详情：各行、到账及其分配' })
  @ApiOkResponse({ type: StatementView })
  async get(@Param('id', uuid) id: string) {
    return this.detail(await this.settlements.get(id));
  }

  @Post('settlement-lines/:id/confirm')
  @HttpCode(200)
  @Allow(...SETTLEMENT_COMPANY)
  @AuditAction('settlement-line.confirm')
  @ApiOperation({ summary: '西虹桥公司确认一行；全部确认后结算单即为已确认，不可再改' })
  @ApiOkResponse({ type: StatementView })
  async confirm(@Param('id', uuid) id: string, @Body() dto: AnswerLineDto) {
    return this.detail(await this.settlements.answer(id, 'confirm', dto));
  }

  @Post('settlement-lines/:id/dispute')
  @HttpCode(200)
  @Allow(...SETTLEMENT_COMPANY)
  @AuditAction('settlement-line.dispute')
  @ApiOperation({ summary: '西虹桥公司对一行提出异议（须填原因），退回财务' })
  @ApiOkResponse({ type: StatementView })
  async dispute(@Param('id', uuid) id: string, @Body() dto: DisputeLineDto) {
    return this.detail(await this.settlements.answer(id, 'dispute', dto));
  }

  @Post('settlement-lines/:id/drop')
  @HttpCode(200)
  @Allow(...SETTLEMENT_FINANCE)
  @AuditAction('settlement-line.drop')
  @ApiOperation({ summary: '财务将有异议的行移出结算单（该案件可列入新的结算单）' })
  @ApiOkResponse({ type: StatementView })
  async drop(@Param('id', uuid) id: string, @Body() dto: AnswerLineDto) {
    return this.detail(await this.settlements.answer(id, 'drop', dto));
  }

  @Post('settlement-statements/:id/receipts')
  @Allow(...SETTLEMENT_FINANCE)
  @AuditAction('settlement-receipt.record')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '每笔到账一个唯一键：相同键、相同内容重复提交只记一笔并返回第一次的结果；相同键、不同内容 422' })
  @ApiOperation({ summary: '登记西虹桥公司的到账（不超过结算单未到账余额；到账记录不可修改）' })
  @ApiCreatedResponse({ type: SettlementReceiptView })
  async receive(@Param('id', uuid) id: string, @Headers('idempotency-key') key: string | undefined, @Body() dto: RecordReceiptDto) {
    return receiptView(await this.settlements.receive(id, key, dto));
  }

  @Get('projects/:code/settlement-figures')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目资金：预算、送审（结算单合计）、审定及其差额' })
  @ApiOkResponse({ type: SettlementFiguresView })
  getFigures(@Param('code') code: string) {
    return this.figures.figures(code);
  }

  @Put('projects/:code/settlement-figures')
  @Allow(...SETTLEMENT_FINANCE)
  @AuditAction('settlement-figures.update')
  @ApiOperation({ summary: '填写预算、审定金额（须附审计报告文号）和管理费率（财务）；未提供的字段不变，null 清空' })
  @ApiOkResponse({ type: SettlementFiguresView })
  putFigures(@Param('code') code: string, @Body() dto: UpdateFiguresDto) {
    return this.figures.update(code, dto);
  }

  @Get('projects/:code/reconciliation')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目三账对账：协议、支付、到账，精确到分，并列出差异' })
  @ApiOkResponse({ type: ReconciliationView })
  reconcileProject(@Param('code') code: string) {
    return this.figures.reconcile({ projectCode: code });
  }

  @Get('settlement-statements/:id/reconciliation')
  @Allow(...READERS)
  @ApiOperation({ summary: '结算单三账对账：该单所列案件的协议、支付、到账及差异' })
  @ApiOkResponse({ type: ReconciliationView })
  reconcileStatement(@Param('id', uuid) id: string) {
    return this.figures.reconcile({ statementId: id });
  }
}
