import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS, skipTake } from '@app/platform';
import { AnswerDto, CandidatesQuery, CreateConfirmationBatchDto, ListConfirmationBatchesQuery, RejectDto, ReviewConfirmationBatchesQuery } from './dto/confirmation.dto.js';
import { CONFIRMATION_ANSWERERS, CONFIRMATION_SUBMITTERS, ConfirmationService } from './confirmation.service.js';
import type { ConfirmationBatchRecord, ConfirmationLineRecord } from './confirmation.entity.js';
import {
  ConfirmationBatchPage,
  confirmationBatchSummary,
  ConfirmationBatchView,
  confirmationBatchView,
  ConfirmationCandidateList,
  confirmationCandidateView,
  ConfirmationLineList,
  ConfirmationLineView,
  confirmationLineView,
} from './confirmation.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('确认机制')
@Controller()
export class ConfirmationController {
  constructor(private readonly confirmations: ConfirmationService) {}

  private async page(page: { items: ConfirmationBatchRecord[]; total: number }) {
    const [codes, progress] = await Promise.all([this.confirmations.codesOf(page.items.map((b) => b.projectId)), this.confirmations.progressOf(page.items.map((b) => b.id))]);
    return { items: page.items.map((b) => confirmationBatchSummary(b, codes.get(b.projectId) ?? '', progress.get(b.id))), total: page.total };
  }

  private async batch(id: string): Promise<ConfirmationBatchView> {
    const b = await this.confirmations.get(id);
    return confirmationBatchView(b, (await this.confirmations.codesOf([b.projectId])).get(b.projectId) ?? '');
  }

  private async line(l: ConfirmationLineRecord): Promise<ConfirmationLineView> {
    const b = await this.confirmations.get(l.batchId);
    return confirmationLineView(l, (await this.confirmations.codesOf([l.projectId])).get(l.projectId) ?? '', b.number);
  }

  @Get('projects/:code/confirmation-batches')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目的确认批次（新的在前），含各批进度与镇方金额合计' })
  @ApiOkResponse({ type: ConfirmationBatchPage })
  async list(@Param('code') code: string, @Query() query: ListConfirmationBatchesQuery) {
    const { skip, take } = skipTake(query);
    return this.page(await this.confirmations.list(code, query.state, skip, take));
  }

  @Get('projects/:code/confirmation-candidates')
  @Allow(...READERS)
  @ApiOperation({ summary: '可提交确认的案件：本项目“已摸底”且不在待确认批次中的，按编号分页（可按类型、地块筛选；after 接着读）' })
  @ApiOkResponse({ type: ConfirmationCandidateList })
  async candidates(@Param('code') code: string, @Query() query: CandidatesQuery) {
    const page = await this.confirmations.candidates(code, query);
    return { items: page.items.map(confirmationCandidateView), next: page.next };
  }

  @Post('projects/:code/confirmation-batches')
  @Allow(...CONFIRMATION_SUBMITTERS)
  @AuditAction('confirmation-batch.create')
  @ApiOperation({ summary: '镇动迁办提交确认批次：所选“已摸底”案件连同其摸底信息与测算的快照和内容哈希' })
  @ApiCreatedResponse({ type: ConfirmationBatchView })
  async create(@Param('code') code: string, @Body() dto: CreateConfirmationBatchDto) {
    const created = await this.confirmations.create(code, dto);
    return confirmationBatchView(created, code);
  }

  @Get('confirmation-batches')
  @Allow(...READERS)
  @ApiOperation({ summary: '确认批次（默认待公司确认的），用于公司的审核列表' })
  @ApiOkResponse({ type: ConfirmationBatchPage })
  async review(@Query() query: ReviewConfirmationBatchesQuery) {
    return this.page(await this.confirmations.review({ project: query.project, state: query.state, ...skipTake(query) }));
  }

  @Get('confirmation-batches/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: '确认批次详情：各案件的提交内容、公司答复、差额及合计' })
  @ApiOkResponse({ type: ConfirmationBatchView })
  get(@Param('id', uuid) id: string) {
    return this.batch(id);
  }

  @Post('confirmation-lines/:id/confirm')
  @HttpCode(200)
  @Allow(...CONFIRMATION_ANSWERERS)
  @AuditAction('confirmation-line.confirm')
  @ApiOperation({ summary: '西虹桥公司确认一个案件（案件变为“已确认”；需提供 version）' })
  @ApiOkResponse({ type: ConfirmationLineView })
  async confirm(@Param('id', uuid) id: string, @Body() dto: AnswerDto) {
    return this.line(await this.confirmations.confirm(id, dto));
  }

  @Post('confirmation-lines/:id/reject')
  @HttpCode(200)
  @Allow(...CONFIRMATION_ANSWERERS)
  @AuditAction('confirmation-line.reject')
  @ApiOperation({ summary: '西虹桥公司退回一个案件：原因必填，可附公司认定金额（需提供 version）' })
  @ApiOkResponse({ type: ConfirmationLineView })
  async reject(@Param('id', uuid) id: string, @Body() dto: RejectDto) {
    return this.line(await this.confirmations.reject(id, dto));
  }

  @Get('cases/:id/confirmation-lines')
  @Allow(...READERS)
  @ApiOperation({ summary: '案件的确认记录（新的在前）：提交、答复、退回原因、失效' })
  @ApiOkResponse({ type: ConfirmationLineList })
  async ofCase(@Param('id', uuid) id: string) {
    const lines = await this.confirmations.linesOfCase(id);
    const codes = await this.confirmations.codesOf(lines.map((l) => l.projectId));
    return { items: lines.map((l) => confirmationLineView(l, codes.get(l.projectId) ?? '', l.batch?.number ?? 0)) };
  }
}
