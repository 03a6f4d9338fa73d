import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, PageQueryDto, READERS, skipTake, toShanghaiIso } from '@app/platform';
import { AttachmentService } from '../attachment/attachment.service.js';
import { attachmentView } from '../attachment/attachment.view.js';
import { HANDOVER_ANSWERERS, HANDOVER_CREATORS } from '../domain/handover-rules.js';
import { AcceptHandoverDto, CreateHandoverDto, HandoverExclusionDto, ReturnHandoverDto } from './dto/handover.dto.js';
import type { HandoverRecord } from './handover.entity.js';
import { HandoverService } from './handover.service.js';
import {
  HandoverExclusionView,
  HandoverPage,
  HandoverReadinessView,
  HandoverSummaryView,
  HandoverView,
  handoverView,
  readinessView,
  summaryView,
} from './handover.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
/** The owner type of a handover record's attachments. */
export const HANDOVER_OWNER = 'handover';

@ApiTags('移交机制')
@Controller()
export class HandoverController {
  constructor(
    private readonly handovers: HandoverService,
    private readonly attachments: AttachmentService,
  ) {}

  private async view(id: string): Promise<HandoverView> {
    const { record, cases } = await this.handovers.get(id);
    return handoverView(record, cases, (await this.attachments.listOfOwners(HANDOVER_OWNER, [id])).map(attachmentView));
  }

  private async views(records: HandoverRecord[]): Promise<HandoverView[]> {
    const attachments = await this.attachments.listOfOwners(HANDOVER_OWNER, records.map((r) => r.id));
    return records.map((r) => handoverView(r, [], attachments.filter((a) => a.ownerId === r.id).map(attachmentView)));
  }

  @Get('projects/:code/parcels/:parcelCode/handover-readiness')
  @Allow(...READERS)
  @ApiOperation({ summary: '地块能否移交：列出阻碍移交的案件（未结算且未被排除），并注明征收对象' })
  @ApiOkResponse({ type: HandoverReadinessView })
  async readiness(@Param('code') code: string, @Param('parcelCode') parcelCode: string) {
    return readinessView(await this.handovers.readiness(code, parcelCode));
  }

  @Get('projects/:code/handover-summary')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目移交进度：已移交面积与总面积，各地块状态及阻碍案件数' })
  @ApiOkResponse({ type: HandoverSummaryView })
  async summary(@Param('code') code: string) {
    return summaryView(await this.handovers.summary(code));
  }

  @Get('projects/:code/handovers')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目的移交单（移交日期新的在前）' })
  @ApiOkResponse({ type: HandoverPage })
  async list(@Param('code') code: string, @Query() query: PageQueryDto) {
    const { skip, take } = skipTake(query);
    const page = await this.handovers.list(code, skip, take);
    return { items: await this.views(page.items), total: page.total };
  }

  @Post('projects/:code/handovers')
  @Allow(...HANDOVER_CREATORS)
  @AuditAction('handover.create')
  @ApiOperation({ summary: '镇动迁办发起移交单：地块上的案件须全部已结算（或经管理员排除），否则 422 并列出阻碍的案件' })
  @ApiCreatedResponse({ type: HandoverView })
  async create(@Param('code') code: string, @Body() dto: CreateHandoverDto) {
    return this.view((await this.handovers.create(code, dto)).id);
  }

  @Get('handovers/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: '移交单详情：地块上的案件、附件' })
  @ApiOkResponse({ type: HandoverView })
  async get(@Param('id', uuid) id: string) {
    return this.view(id);
  }

  @Post('handovers/:id/accept')
  @HttpCode(200)
  @Allow(...HANDOVER_ANSWERERS)
  @AuditAction('handover.accept')
  @ApiOperation({ summary: '西虹桥公司接收移交单：地块及其已结算的案件一并转为已移交' })
  @ApiOkResponse({ type: HandoverView })
  async accept(@Param('id', uuid) id: string, @Body() dto: AcceptHandoverDto) {
    return this.view((await this.handovers.accept(id, dto.version)).id);
  }

  @Post('handovers/:id/return')
  @HttpCode(200)
  @Allow(...HANDOVER_ANSWERERS)
  @AuditAction('handover.return')
  @ApiOperation({ summary: '西虹桥公司退回移交单（填写原因）；镇动迁办可重新发起' })
  @ApiOkResponse({ type: HandoverView })
  async returnToTown(@Param('id', uuid) id: string, @Body() dto: ReturnHandoverDto) {
    return this.view((await this.handovers.returnToTown(id, dto)).id);
  }

  @Post('cases/:id/handover-exclusion')
  @Allow('admin')
  @AuditAction('handover.exclude')
  @ApiOperation({ summary: '管理员将未结算的案件排除在地块移交之外（须填写原因）' })
  @ApiCreatedResponse({ type: HandoverExclusionView })
  async exclude(@Param('id', uuid) id: string, @Body() dto: HandoverExclusionDto) {
    const saved = await this.handovers.exclude(id, dto.reason);
    return { caseId: saved.caseId, reason: saved.reason, createdBy: saved.createdBy, createdAt: toShanghaiIso(saved.createdAt) };
  }
}
