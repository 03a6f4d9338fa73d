import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CasesModule } from '@app/cases';
import { CompensationModule } from '@app/compensation';
import { LandModule, ProjectDirectoryModule } from '@app/land';
import { AppConfig } from '@app/platform';
import { AttachmentController } from './attachment/attachment.controller.js';
import { AttachmentOwners } from './attachment/attachment-owners.js';
import { AttachmentRepository } from './attachment/attachment.repository.js';
import { AttachmentService } from './attachment/attachment.service.js';
import { attachmentMulterOptions } from './attachment/attachment-upload.js';
import { CompanyAttachmentOwners } from './company-owners.registrar.js';
import { CommunicationController } from './communication/communication.controller.js';
import { CommunicationRepository } from './communication/communication.repository.js';
import { CommunicationService } from './communication/communication.service.js';
import { ConfirmationController } from './confirmation/confirmation.controller.js';
import { ConfirmationRecordsModule } from './confirmation/confirmation-records.module.js';
import { ConfirmationService } from './confirmation/confirmation.service.js';
import { HandoverController } from './handover/handover.controller.js';
import { HandoverRepository } from './handover/handover.repository.js';
import { HandoverService } from './handover/handover.service.js';
import { HandoverHoldsRegistry } from './handover/handover-holds.registry.js';
import { InboxController } from './inbox/inbox.controller.js';
import { CompanyInboxRegistry } from './inbox/inbox.registry.js';
import { InboxService } from './inbox/inbox.service.js';
import { MechanismInboxSources } from './inbox/mechanism-inbox.sources.js';
import { ReconciliationRepository } from './settlement/reconciliation.repository.js';
import { SettlementExportSource } from './settlement/settlement-export.source.js';
import { SettlementFiguresService } from './settlement/settlement-figures.service.js';
import { SettlementLabels } from './settlement/settlement-labels.js';
import { SettlementProgress } from './settlement/settlement-progress.service.js';
import { SettlementController } from './settlement/settlement.controller.js';
import { SettlementRepository } from './settlement/settlement.repository.js';
import { SettlementService } from './settlement/settlement.service.js';

/** The four mechanisms with 西虹桥公司 (沟通, 确认, 结算, 移交) as records both sides see, and the company's 待办 across them. */
@Module({
  imports: [
    LandModule,
    ProjectDirectoryModule,
    CasesModule,
    CompensationModule,
    ConfirmationRecordsModule,
    MulterModule.registerAsync({ inject: [AppConfig], useFactory: attachmentMulterOptions }),
  ],
  controllers: [CommunicationController, ConfirmationController, SettlementController, AttachmentController, HandoverController, InboxController],
  providers: [
    CommunicationRepository,
    CommunicationService,
    ConfirmationService,
    SettlementRepository,
    ReconciliationRepository,
    SettlementService,
    SettlementProgress,
    SettlementFiguresService,
    SettlementLabels,
    SettlementExportSource,
    AttachmentOwners,
    AttachmentRepository,
    AttachmentService,
    CompanyAttachmentOwners,
    HandoverRepository,
    HandoverService,
    HandoverHoldsRegistry,
    CompanyInboxRegistry,
    InboxService,
    MechanismInboxSources,
  ],
  // Other libraries register their records' attachments with AttachmentOwners; the exports read statements and handovers.
  exports: [SettlementRepository, SettlementService, SettlementFiguresService, SettlementExportSource, AttachmentOwners, AttachmentService, HandoverService, HandoverHoldsRegistry, CompanyInboxRegistry],
})
export class CompanyModule {}
