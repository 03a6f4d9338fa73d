import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, PageQueryDto, READERS } from '@app/platform';
import { AuditLogService } from './audit-log.service.js';
import { AuditEntryPage, auditLogView } from './audit-log.view.js';

/** A case's own history in the audit trail (the case detail shows it). */
@ApiTags('案件')
@Controller('cases')
export class CaseAuditController {
  constructor(private readonly audit: AuditLogService) {}

  @Get(':id/audit')
  @Allow(...READERS)
  @ApiOperation({ summary: '案件及其征收对象的审计记录（最新在前）' })
  @ApiOkResponse({ type: AuditEntryPage })
  async list(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('案件不存在') })) id: string, @Query() query: PageQueryDto) {
    const page = await this.audit.listForCase(id, query);
    return { items: page.items.map(auditLogView), total: page.total };
  }
}
