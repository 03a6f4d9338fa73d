import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@app/platform';
import { AuditLogService } from './audit-log.service.js';
import { AuditEntryPage, auditLogView } from './audit-log.view.js';
import { ListAuditQuery } from './dto/list-audit.query.js';

@ApiTags('审计日志')
@Controller('audit')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @Allow('admin', 'leader')
  @ApiOperation({ summary: '审计日志（按对象、用户、操作、项目、结果、日期筛选，最新在前）' })
  @ApiOkResponse({ type: AuditEntryPage })
  async list(@Query() query: ListAuditQuery) {
    const page = await this.audit.list(query);
    return { items: page.items.map(auditLogView), total: page.total, totalExact: page.totalExact ?? true };
  }
}
