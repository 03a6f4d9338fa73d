import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS, todayInShanghai } from '@app/platform';
import { ChangeMilestoneStatusDto, CreateMilestoneDto, ListMilestonesDto, UpdateMilestoneDto } from './dto/milestone.dto.js';
import { MilestoneService } from './milestone.service.js';
import { MilestoneOverdueSummaryView, MilestoneView, milestoneView } from './milestone.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
const WRITERS = ['admin', 'leader', 'officer'] as const;

@ApiTags('时间节点')
@Controller('milestones')
export class MilestoneController {
  constructor(private readonly milestones: MilestoneService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '推进方案的时间节点（按项目/基地、状态、逾期/14 天内到期筛选），按计划日期排序' })
  @ApiOkResponse({ type: [MilestoneView] })
  async list(@Query() query: ListMilestonesDto): Promise<MilestoneView[]> {
    const today = todayInShanghai();
    return (await this.milestones.list(query)).map((m) => milestoneView(m, today));
  }

  @Get('overdue')
  @Allow(...READERS)
  @ApiOperation({ summary: '领导首页：已逾期和 14 天内到期的时间节点（数量及清单）' })
  @ApiOkResponse({ type: MilestoneOverdueSummaryView })
  async overdue(): Promise<MilestoneOverdueSummaryView> {
    const { today, overdue, soon } = await this.milestones.overdueSummary();
    const oldestFirst = overdue.map((m) => milestoneView(m, today));
    return { today, overdueCount: overdue.length, soonCount: soon.length, overdue: oldestFirst, soon: soon.map((m) => milestoneView(m, today)) };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '一个时间节点' })
  @ApiOkResponse({ type: MilestoneView })
  async get(@Param('id', uuid) id: string): Promise<MilestoneView> {
    return milestoneView(await this.milestones.get(id), todayInShanghai());
  }

  @Post()
  @Allow(...WRITERS)
  @AuditAction('milestone.create')
  @ApiOperation({ summary: '新增时间节点（项目或安置基地二选一）' })
  @ApiCreatedResponse({ type: MilestoneView })
  async create(@Body() dto: CreateMilestoneDto): Promise<MilestoneView> {
    return milestoneView(await this.milestones.create(dto), todayInShanghai());
  }

  @Patch(':id')
  @Allow(...WRITERS)
  @AuditAction('milestone.update')
  @ApiOperation({ summary: '修改时间节点的名称、计划日期、责任单位和责任人、前置节点、备注（需版本号，过期 409）' })
  @ApiOkResponse({ type: MilestoneView })
  async update(@Param('id', uuid) id: string, @Body() dto: UpdateMilestoneDto): Promise<MilestoneView> {
    return milestoneView(await this.milestones.update(id, dto), todayInShanghai());
  }

  @Post(':id/status')
  @HttpCode(200)
  @Allow(...WRITERS)
  @AuditAction('milestone.status')
  @ApiOperation({ summary: '改变时间节点状态（已完成须填实际完成日期，且前置节点已完成；需版本号）' })
  @ApiOkResponse({ type: MilestoneView })
  async changeStatus(@Param('id', uuid) id: string, @Body() dto: ChangeMilestoneStatusDto): Promise<MilestoneView> {
    return milestoneView(await this.milestones.changeStatus(id, dto), todayInShanghai());
  }
}
