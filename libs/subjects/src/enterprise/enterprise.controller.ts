import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubjectId } from '../shared/subject-id.param.js';
import { CreateEnterpriseDto } from './dto/create-enterprise.dto.js';
import { ListEnterprisesQuery } from './dto/list-enterprises.query.js';
import { UpdateEnterpriseDto } from './dto/update-enterprise.dto.js';
import { EnterpriseService } from './enterprise.service.js';
import { EnterprisePage, enterpriseView, EnterpriseView } from './enterprise.view.js';
import { Allow, AuditAction, READERS } from '@app/platform';
import { subjectPage } from '../shared/subject.view.js';

@ApiTags('征收对象：企业')
@Controller('enterprises')
export class EnterpriseController {
  constructor(private readonly enterprises: EnterpriseService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '企业列表（按项目、地块、关键字、案件状态筛选）' })
  @ApiOkResponse({ type: EnterprisePage })
  async list(@Query() query: ListEnterprisesQuery) {
    const page = await this.enterprises.list(query);
    return subjectPage(page, enterpriseView);
  }

  @Post()
  @Allow('officer', 'admin')
  @AuditAction('enterprise.create')
  @HttpCode(201)
  @ApiOperation({ summary: '登记企业（同时建立案件）' })
  @ApiCreatedResponse({ type: EnterpriseView })
  async create(@Body() dto: CreateEnterpriseDto) {
    return enterpriseView(await this.enterprises.create(dto));
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '企业详情' })
  @ApiOkResponse({ type: EnterpriseView })
  async get(@SubjectId() id: string) {
    return enterpriseView(await this.enterprises.get(id));
  }

  @Patch(':id')
  @Allow('officer', 'admin')
  @AuditAction('enterprise.update')
  @ApiOperation({ summary: '修改企业信息（需提供 version）' })
  @ApiOkResponse({ type: EnterpriseView })
  async update(@SubjectId() id: string, @Body() dto: UpdateEnterpriseDto) {
    return enterpriseView(await this.enterprises.update(id, dto));
  }
}
