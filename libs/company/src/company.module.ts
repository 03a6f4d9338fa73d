import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CasesModule } from '@app/cases';
import { LandModule, ProjectDirectoryModule } from '@app/land';
import { AppConfig } from '@app/platform';
import { AttachmentController } from './attachment/attachment.controller.js';
import { AttachmentOwners } from './attachment/attachment-owners.js';
import { AttachmentRepository } from './attachment/attachment.repository.js';
import { AttachmentService } from './attachment/attachment.service.js';
import { attachmentMulterOptions } from './attachment/attachment-upload.js';
import { CommunicationController } from './communication/communication.controller.js';
import { CommunicationRepository } from './communication/communication.repository.js';
import { CommunicationService } from './communication/communication.service.js';
import { CompanyAttachmentOwners } from './company-owners.registrar.js';
import { HandoverController } from './handover/handover.controller.js';
import { HandoverRepository } from './handover/handover.repository.js';
import { HandoverService } from './handover/handover.service.js';

/** The four mechanisms with 西虹桥公司 (沟通, 确认, 结算, 移交) as records both sides see, with their attachments. */
@Module({
  imports: [
    LandModule,
    ProjectDirectoryModule,
    CasesModule,
    MulterModule.registerAsync({ inject: [AppConfig], useFactory: attachmentMulterOptions }),
  ],
  controllers: [CommunicationController, AttachmentController, HandoverController],
  providers: [
    CommunicationRepository,
    CommunicationService,
    AttachmentOwners,
    AttachmentRepository,
    AttachmentService,
    CompanyAttachmentOwners,
    HandoverRepository,
    HandoverService,
  ],
  // Other libraries register their records' attachments with AttachmentOwners; the export reads handovers.
  exports: [AttachmentOwners, AttachmentService, HandoverService],
})
export class CompanyModule {}
