import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParcelPage, ParcelView, parcelView, ProjectPage, ProjectView, projectView } from '../land.view.js';
import { CreateParcelDto } from '../parcel/dto/create-parcel.dto.js';
import { ListParcelsQuery } from '../parcel/dto/list-parcels.query.js';
import { UpdateParcelDto } from '../parcel/dto/update-parcel.dto.js';
import { ParcelService } from '../parcel/parcel.service.js';
import { CreateProjectDto } from './dto/create-project.dto.js';
import { ListProjectsQuery } from './dto/list-projects.query.js';
import { UpdateProjectDto } from './dto/update-project.dto.js';
import { ProjectService } from './project.service.js';
import { Allow, AuditAction, READERS } from '@app/platform';

@ApiTags('征收项目与地块')
@Controller('projects')
export class ProjectController {
  constructor(
    private readonly projects: ProjectService,
    private readonly parcels: ParcelService,
  ) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '项目列表' })
  @ApiOkResponse({ type: ProjectPage })
  async list(@Query() query: ListProjectsQuery) {
    const page = await this.projects.list(query);
    return { items: page.items.map(projectView), total: page.total };
  }

  @Post()
  @Allow('admin')
  @AuditAction('project.create')
  @ApiOperation({ summary: '新建项目' })
  @ApiCreatedResponse({ type: ProjectView })
  async create(@Body() dto: CreateProjectDto) {
    return projectView(await this.projects.create(dto));
  }

  @Get(':code')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目详情' })
  @ApiOkResponse({ type: ProjectView })
  async get(@Param('code') code: string) {
    return projectView(await this.projects.getByCode(code));
  }

  @Patch(':code')
  @Allow('admin')
  @AuditAction('project.update')
  @ApiOperation({ summary: '修改项目（项目编号不可修改；需提供 version）' })
  @ApiOkResponse({ type: ProjectView })
  async update(@Param('code') code: string, @Body() dto: UpdateProjectDto) {
    return projectView(await this.projects.update(code, dto));
  }

  @Get(':code/parcels')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目的地块列表' })
  @ApiOkResponse({ type: ParcelPage })
  async listParcels(@Param('code') code: string, @Query() query: ListParcelsQuery) {
    const { project, page } = await this.parcels.list(code, query);
    return { items: page.items.map((p) => parcelView(p, project.code)), total: page.total };
  }

  @Post(':code/parcels')
  @Allow('officer', 'admin')
  @AuditAction('parcel.create')
  @HttpCode(201)
  @ApiOperation({ summary: '新建地块' })
  @ApiCreatedResponse({ type: ParcelView })
  async createParcel(@Param('code') code: string, @Body() dto: CreateParcelDto) {
    const { project, parcel } = await this.parcels.create(code, dto);
    return parcelView(parcel, project.code);
  }

  @Patch(':code/parcels/:parcelCode')
  @Allow('officer', 'admin')
  @AuditAction('parcel.update')
  @ApiOperation({ summary: '修改地块（地块编号不可修改；需提供 version；全部案件结算后才能改为已移交）' })
  @ApiOkResponse({ type: ParcelView })
  async updateParcel(@Param('code') code: string, @Param('parcelCode') parcelCode: string, @Body() dto: UpdateParcelDto) {
    const { project, parcel } = await this.parcels.update(code, parcelCode, dto);
    return parcelView(parcel, project.code);
  }
}
