import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CasesModule } from '@app/cases';
import { ACCESS_DENIED_RECORDER } from '@app/platform';
import { AuditAccessDenials } from './audit-log/audit-access-denials.js';
import { AuditInterceptor } from './audit-log/audit.interceptor.js';
import { AuditLogController } from './audit-log/audit-log.controller.js';
import { AuditLogRepository } from './audit-log/audit-log.repository.js';
import { AuditLogService } from './audit-log/audit-log.service.js';
import { CaseAuditController } from './audit-log/case-audit.controller.js';
import { TimelineController } from './audit-log/timeline.controller.js';

/**
 * The append-only audit trail: one row per write request, and the routes that read it. Global so
 * that the access guard (identity) finds the recorder of refused requests without importing it.
 */
@Global()
@Module({
  imports: [CasesModule],
  controllers: [AuditLogController, CaseAuditController, TimelineController],
  providers: [
    AuditLogRepository,
    AuditLogService,
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
    { provide: ACCESS_DENIED_RECORDER, useClass: AuditAccessDenials },
  ],
  exports: [AuditLogService, ACCESS_DENIED_RECORDER],
})
export class AuditModule {}
