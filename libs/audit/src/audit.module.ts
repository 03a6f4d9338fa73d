import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CasesModule } from '@app/cases';
import { AuditInterceptor } from './audit-log/audit.interceptor.js';
import { AuditLogController } from './audit-log/audit-log.controller.js';
import { AuditLogRepository } from './audit-log/audit-log.repository.js';
import { AuditLogService } from './audit-log/audit-log.service.js';
import { CaseAuditController } from './audit-log/case-audit.controller.js';

/** The append-only audit trail: one row per write request, and the routes that read it. */
@Module({
  imports: [CasesModule],
  controllers: [AuditLogController, CaseAuditController],
  providers: [AuditLogRepository, AuditLogService, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditLogService],
})
export class AuditModule {}
