import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, PageQueryDto, READERS } from '@app/platform';
import { AuditLogService } from './audit-log.service.js';
import { AuditEntryPage, auditLogView } from './audit-log.view.js';

/** One timeline of both sides' steps on a project and on a parcel (the case's is `GET /cases/:id/audit`). */
@ApiTags('双方时间线')
@Controller('projects')
export class TimelineController {
  constructor(private readonly audit: AuditLogService) {}

  @Get(':code/timeline')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目时间线：镇方与公司在本项目中的每一步（最新在前）' })
  @ApiOkResponse({ type: AuditEntryPage })
  async project(@Param('code') code: string, @Query() query: PageQueryDto) {
    const page = await this.audit.projectTimeline(code, query);
    return { items: page.items.map(auditLogView), total: page.total };
  }

  @Get(':code/parcels/:parcelCode/timeline')
  @Allow(...READERS)
  @ApiOperation({ summary: '地块时间线：地块、其上案件与征收对象的每一步（最新在前）' })
  @ApiOkResponse({ type: AuditEntryPage })
  async parcel(@Param('code') code: string, @Param('parcelCode') parcelCode: string, @Query() query: PageQueryDto) {
    const page = await this.audit.parcelTimeline(code, parcelCode, query);
    return { items: page.items.map(auditLogView), total: page.total };
  }
}
