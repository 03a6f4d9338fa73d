import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS } from '@app/platform';
import { ProjectCodes } from '../shared/project-codes.js';
import { CreateSchemeVersionDto, UpdateSchemeVersionDto } from './dto/scheme-version.dto.js';
import type { SchemeVersionRecord } from './scheme-version.entity.js';
import { SchemeService } from './scheme.service.js';
import { SchemeVersionView, schemeVersionView } from './scheme.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('补偿方案')
@Controller()
export class SchemeController {
  constructor(
    private readonly schemes: SchemeService,
    private readonly codes: ProjectCodes,
  ) {}

  private async view(v: SchemeVersionRecord): Promise<SchemeVersionView> {
    return schemeVersionView(v, await this.codes.one(v.projectId));
  }

  @Get('projects/:code/schemes')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目的补偿方案版本（新版本在前）' })
  @ApiOkResponse({ type: [SchemeVersionView] })
  async list(@Param('code') code: string) {
    const versions = await this.schemes.list(code);
    return versions.map((v) => schemeVersionView(v, code));
  }

  @Post('projects/:code/schemes')
  @Allow('admin')
  @AuditAction('scheme.create')
  @ApiOperation({ summary: '新建补偿方案版本（草稿；保存时校验各项目，422 指明出错的项目）' })
  @ApiCreatedResponse({ type: SchemeVersionView })
  async create(@Param('code') code: string, @Body() dto: CreateSchemeVersionDto) {
    return this.view(await this.schemes.create(code, dto));
  }

  @Get('schemes/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: '补偿方案版本详情' })
  @ApiOkResponse({ type: SchemeVersionView })
  async get(@Param('id', uuid) id: string) {
    return this.view(await this.schemes.get(id));
  }

  @Patch('schemes/:id')
  @Allow('admin')
  @AuditAction('scheme.update')
  @ApiOperation({ summary: '修改草稿版本（已发布的版本不可修改；需提供 version）' })
  @ApiOkResponse({ type: SchemeVersionView })
  async update(@Param('id', uuid) id: string, @Body() dto: UpdateSchemeVersionDto) {
    return this.view(await this.schemes.update(id, dto));
  }

  @Post('schemes/:id/publish')
  @Allow('admin')
  @AuditAction('scheme.publish')
  @HttpCode(200)
  @ApiOperation({ summary: '发布草稿版本（此后不可修改；原已发布版本改为已替代）' })
  @ApiOkResponse({ type: SchemeVersionView })
  async publish(@Param('id', uuid) id: string) {
    return this.view(await this.schemes.publish(id));
  }
}
