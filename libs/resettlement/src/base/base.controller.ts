import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS } from '@app/platform';
import { BaseDetailView, baseDetailView, BaseView, baseView } from './base.view.js';
import { BaseService } from './base.service.js';
import { CreateBaseDto, CreateBuildingDto, UpdateBaseDto } from './dto/base.dto.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('安置房')
@Controller('resettlement')
export class BaseController {
  constructor(private readonly bases: BaseService) {}

  @Get('bases')
  @Allow(...READERS)
  @ApiOperation({ summary: '安置基地一览：阶段及各阶段日期、计划交付日期、各状态房源套数' })
  @ApiOkResponse({ type: [BaseView] })
  async list() {
    return (await this.bases.list()).map((b) => baseView(b));
  }

  @Get('bases/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: '安置基地详情：阶段进度及各楼栋的房源套数' })
  @ApiOkResponse({ type: BaseDetailView })
  async get(@Param('id', uuid) id: string) {
    return baseDetailView(await this.bases.get(id));
  }

  @Post('bases')
  @Allow('admin')
  @AuditAction('resettlement_base.create')
  @ApiOperation({ summary: '管理员新增安置基地' })
  @ApiCreatedResponse({ type: BaseDetailView })
  async create(@Body() dto: CreateBaseDto) {
    return baseDetailView(await this.bases.create(dto));
  }

  @Patch('bases/:id')
  @Allow('admin', 'officer')
  @AuditAction('resettlement_base.update')
  @ApiOperation({ summary: '修改安置基地的阶段、各阶段计划/实际完成日期、计划交付日期和备注（需读取时的版本号，过期 409）' })
  @ApiOkResponse({ type: BaseDetailView })
  async update(@Param('id', uuid) id: string, @Body() dto: UpdateBaseDto) {
    return baseDetailView(await this.bases.update(id, dto));
  }

  @Post('bases/:id/buildings')
  @Allow('admin', 'officer')
  @AuditAction('resettlement_building.create')
  @ApiOperation({ summary: '为安置基地新增楼栋' })
  @ApiCreatedResponse({ type: BaseDetailView })
  async addBuilding(@Param('id', uuid) id: string, @Body() dto: CreateBuildingDto) {
    return baseDetailView(await this.bases.addBuilding(id, dto));
  }
}
