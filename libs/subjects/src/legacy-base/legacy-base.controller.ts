import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubjectId } from '../shared/subject-id.param.js';
import { CreateLegacyBaseDto } from './dto/create-legacy-base.dto.js';
import { ListLegacyBasesQuery } from './dto/list-legacy-bases.query.js';
import { UpdateLegacyBaseDto } from './dto/update-legacy-base.dto.js';
import { LegacyBaseService } from './legacy-base.service.js';
import { LegacyBasePage, LegacyBaseView, legacyBaseView } from './legacy-base.view.js';
import { Allow, AuditAction, READERS } from '@app/platform';
import { subjectPage } from '../shared/subject.view.js';

@ApiTags('征收对象：遗留基地')
@Controller('legacy-bases')
export class LegacyBaseController {
  constructor(private readonly bases: LegacyBaseService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '遗留基地列表（按项目、地块、关键字、案件状态筛选）' })
  @ApiOkResponse({ type: LegacyBasePage })
  async list(@Query() query: ListLegacyBasesQuery) {
    const page = await this.bases.list(query);
    return subjectPage(page, legacyBaseView);
  }

  @Post()
  @Allow('officer', 'admin')
  @AuditAction('legacy_base.create')
  @HttpCode(201)
  @ApiOperation({ summary: '登记遗留基地（同时建立案件）' })
  @ApiCreatedResponse({ type: LegacyBaseView })
  async create(@Body() dto: CreateLegacyBaseDto) {
    return legacyBaseView(await this.bases.create(dto));
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '遗留基地详情' })
  @ApiOkResponse({ type: LegacyBaseView })
  async get(@SubjectId() id: string) {
    return legacyBaseView(await this.bases.get(id));
  }

  @Patch(':id')
  @Allow('officer', 'admin')
  @AuditAction('legacy_base.update')
  @ApiOperation({ summary: '修改遗留基地信息（需提供 version）' })
  @ApiOkResponse({ type: LegacyBaseView })
  async update(@SubjectId() id: string, @Body() dto: UpdateLegacyBaseDto) {
    return legacyBaseView(await this.bases.update(id, dto));
  }
}
