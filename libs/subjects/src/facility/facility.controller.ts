import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubjectId } from '../shared/subject-id.param.js';
import { CreateFacilityDto } from './dto/create-facility.dto.js';
import { ListFacilitiesQuery } from './dto/list-facilities.query.js';
import { UpdateFacilityDto } from './dto/update-facility.dto.js';
import { FacilityService } from './facility.service.js';
import { FacilityPage, facilityView, FacilityView } from './facility.view.js';
import { Allow, AuditAction, READERS } from '@app/platform';
import { subjectPage } from '../shared/subject.view.js';

@ApiTags('征收对象：市政设施')
@Controller('facilities')
export class FacilityController {
  constructor(private readonly facilities: FacilityService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '市政设施列表（按项目、地块、类别、关键字、案件状态筛选）' })
  @ApiOkResponse({ type: FacilityPage })
  async list(@Query() query: ListFacilitiesQuery) {
    const page = await this.facilities.list(query);
    return subjectPage(page, facilityView);
  }

  @Post()
  @Allow('officer', 'admin')
  @AuditAction('facility.create')
  @HttpCode(201)
  @ApiOperation({ summary: '登记市政设施（同时建立案件）' })
  @ApiCreatedResponse({ type: FacilityView })
  async create(@Body() dto: CreateFacilityDto) {
    return facilityView(await this.facilities.create(dto));
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '市政设施详情' })
  @ApiOkResponse({ type: FacilityView })
  async get(@SubjectId() id: string) {
    return facilityView(await this.facilities.get(id));
  }

  @Patch(':id')
  @Allow('officer', 'admin')
  @AuditAction('facility.update')
  @ApiOperation({ summary: '修改市政设施信息（需提供 version）' })
  @ApiOkResponse({ type: FacilityView })
  async update(@SubjectId() id: string, @Body() dto: UpdateFacilityDto) {
    return facilityView(await this.facilities.update(id, dto));
  }
}
