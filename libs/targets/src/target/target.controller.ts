import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS, visibleProjectIds } from '@app/platform';
import { QuotaService } from '../quota/quota.service.js';
import { CreateProgressEntryDto, CreateTargetDto, TargetYearQueryDto, UpdateTargetDto } from './dto/target.dto.js';
import { TargetService } from './target.service.js';
import { targetView, TargetView } from './target.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
/** Who keeps the targets: admins and leaders; every other role reads. */
export const TARGET_WRITERS = ['admin', 'leader'] as const;

@ApiTags('年度目标')
@Controller('targets')
export class TargetController {
  constructor(
    private readonly targets: TargetService,
    private readonly quota: QuotaService,
  ) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '年度目标（实事工程）及完成情况（默认为数据所在年度）：系统口径按业务记录实时统计（仅本人可见的项目），手工口径为录入的进展之和' })
  @ApiOkResponse({ type: [TargetView] })
  async list(@Query() query: TargetYearQueryDto) {
    const year = query.year ?? Number((await this.quota.present(visibleProjectIds())).slice(0, 4));
    return (await this.targets.list(year)).map(targetView);
  }

  @Post()
  @Allow(...TARGET_WRITERS)
  @AuditAction('annual_target.create')
  @ApiOperation({ summary: '新建年度目标（管理员、领导）' })
  @ApiCreatedResponse({ type: TargetView })
  async create(@Body() dto: CreateTargetDto) {
    return targetView(await this.targets.create(dto));
  }

  @Patch(':id')
  @Allow(...TARGET_WRITERS)
  @AuditAction('annual_target.update')
  @ApiOperation({ summary: '修改年度目标：名称、目标值、单位、范围、顺序（需提供 version）' })
  @ApiOkResponse({ type: TargetView })
  async update(@Param('id', uuid) id: string, @Body() dto: UpdateTargetDto) {
    return targetView(await this.targets.update(id, dto));
  }

  @Post(':id/entries')
  @Allow(...TARGET_WRITERS)
  @AuditAction('target_progress_entry.create')
  @ApiOperation({ summary: '录入手工口径目标的进展（日期、完成量、说明、佐证材料），记入审计' })
  @ApiCreatedResponse({ type: TargetView })
  async addEntry(@Param('id', uuid) id: string, @Body() dto: CreateProgressEntryDto) {
    return targetView(await this.targets.addEntry(id, dto));
  }
}
