import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, PageQueryDto, READERS, skipTake, todayInShanghai } from '@app/platform';
import { ActionItemDto, CreateCommunicationDto, ListActionItemsQuery, UpdateActionItemDto } from './dto/communication.dto.js';
import { COMMUNICATION_WRITERS, CommunicationService } from './communication.service.js';
import { ActionItemPage, ActionItemView, actionItemView, CommunicationPage, CommunicationView, communicationView } from './communication.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('沟通机制')
@Controller()
export class CommunicationController {
  constructor(private readonly communications: CommunicationService) {}

  @Get('projects/:code/communications')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目的沟通记录（会议、通知，日期新的在前），含落实事项' })
  @ApiOkResponse({ type: CommunicationPage })
  async list(@Param('code') code: string, @Query() query: PageQueryDto) {
    const { skip, take } = skipTake(query);
    const page = await this.communications.list(code, skip, take);
    const today = todayInShanghai();
    return { items: page.items.map((c) => communicationView(c, page.projectCode, today)), total: page.total };
  }

  @Post('projects/:code/communications')
  @Allow(...COMMUNICATION_WRITERS)
  @AuditAction('communication.create')
  @ApiOperation({ summary: '记录一次沟通（会议或通知）及其落实事项；镇动迁办和西虹桥公司都可记录' })
  @ApiCreatedResponse({ type: CommunicationView })
  async create(@Param('code') code: string, @Body() dto: CreateCommunicationDto) {
    const created = await this.communications.create(code, dto);
    return communicationView(created, code, todayInShanghai());
  }

  @Get('communications/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: '沟通记录详情及其落实事项' })
  @ApiOkResponse({ type: CommunicationView })
  async get(@Param('id', uuid) id: string) {
    const c = await this.communications.get(id);
    return communicationView(c, (await this.communications.codesOf([c.projectId])).get(c.projectId) ?? '', todayInShanghai());
  }

  @Post('communications/:id/action-items')
  @Allow(...COMMUNICATION_WRITERS)
  @AuditAction('action-item.create')
  @ApiOperation({ summary: '为沟通记录增加落实事项' })
  @ApiCreatedResponse({ type: ActionItemView })
  async addItem(@Param('id', uuid) id: string, @Body() dto: ActionItemDto) {
    const item = await this.communications.addItem(id, dto);
    const code = (await this.communications.codesOf([item.projectId])).get(item.projectId) ?? '';
    return actionItemView(item, code, item.communication!.subject, todayInShanghai());
  }

  @Patch('action-items/:id')
  @Allow(...COMMUNICATION_WRITERS)
  @AuditAction('action-item.update')
  @ApiOperation({ summary: '标记落实事项已完成或重新打开（只能由责任方更新；需提供 version）' })
  @ApiOkResponse({ type: ActionItemView })
  async updateItem(@Param('id', uuid) id: string, @Body() dto: UpdateActionItemDto) {
    const item = await this.communications.updateItem(id, dto);
    const code = (await this.communications.codesOf([item.projectId])).get(item.projectId) ?? '';
    return actionItemView(item, code, item.communication!.subject, todayInShanghai());
  }

  @Get('action-items')
  @Allow(...READERS)
  @ApiOperation({ summary: '落实事项（默认逾期未完成的，期限早的在前）；total 即菜单上的逾期数' })
  @ApiOkResponse({ type: ActionItemPage })
  async items(@Query() query: ListActionItemsQuery) {
    const page = await this.communications.items({ project: query.project, state: query.state, ...skipTake(query) });
    const codes = await this.communications.codesOf(page.items.map((i) => i.projectId));
    const today = todayInShanghai();
    return { items: page.items.map((i) => actionItemView(i, codes.get(i.projectId) ?? '', i.communication!.subject, today)), total: page.total };
  }
}
